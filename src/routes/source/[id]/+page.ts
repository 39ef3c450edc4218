import { base } from '$app/paths';
import { fetchPageData } from '$lib/data/fetch-json';
import type { SourceDetail } from '$lib/data/views';
import { dataPath } from '$lib/url/paths';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => ({
	source: await fetchPageData<SourceDetail>(fetch, base, dataPath.source(params.id), `source "${params.id}"`)
});
