import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { SourceDetail } from '$lib/data/views';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, parent, fetch }) => {
	const { index } = await parent();
	if (!index.sources.some((source) => source.id === params.id)) error(404, `There is no source "${params.id}" in this dossier.`);
	const response = await fetch(`${base}/data/source/${params.id}.json`);
	if (!response.ok) error(response.status, `The text of source "${params.id}" could not be loaded.`);
	return { source: (await response.json()) as SourceDetail };
};
