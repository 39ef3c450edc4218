import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { SourceDetail } from '$lib/data/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
	// Every source has its data file: a missing one is a source this dossier does not have.
	const response = await fetch(`${base}/data/source/${encodeURIComponent(params.id)}.json`);
	if (response.status === 404) error(404, `There is no source "${params.id}" in this dossier.`);
	if (!response.ok) error(response.status, `The text of source "${params.id}" could not be loaded.`);
	return { source: (await response.json()) as SourceDetail };
};
