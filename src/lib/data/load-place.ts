import { error } from '@sveltejs/kit';
import type { PlaceDetail } from './views';

/**
 * A place's data for its page or its embed. Every place has its data file: a missing one is a
 * place this dossier does not have, and the page is a 404.
 */
export async function loadPlace(fetch: typeof globalThis.fetch, base: string, id: string): Promise<{ detail: PlaceDetail }> {
	const response = await fetch(`${base}/data/place/${encodeURIComponent(id)}.json`);
	if (response.status === 404) error(404, `There is no place "${id}" in this dossier.`);
	if (!response.ok) error(response.status, `The data of place "${id}" could not be loaded.`);
	return { detail: (await response.json()) as PlaceDetail };
}
