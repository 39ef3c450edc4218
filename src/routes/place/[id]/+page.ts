import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { PlaceDetail } from '$lib/data/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { index } = await parent();
	// Checked against the index first, so an unknown id is a 404 even where no data file answers.
	if (!index.places.some((place) => place.id === params.id)) error(404, `There is no place "${params.id}" in this dossier.`);
	const response = await fetch(`${base}/data/place/${params.id}.json`);
	if (!response.ok) error(response.status, `The data of place "${params.id}" could not be loaded.`);
	return { detail: (await response.json()) as PlaceDetail };
};
