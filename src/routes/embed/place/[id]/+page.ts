import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { PlaceDetail } from '$lib/data/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	// Every place has its data file: a missing one is a place this dossier does not have.
	const response = await fetch(`${base}/data/place/${encodeURIComponent(params.id)}.json`);
	if (response.status === 404) error(404, `There is no place "${params.id}" in this dossier.`);
	if (!response.ok) error(response.status, `The data of place "${params.id}" could not be loaded.`);
	return { detail: (await response.json()) as PlaceDetail };
};
