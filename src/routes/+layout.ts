import { base } from '$app/paths';
import { fetchJson } from '$lib/data/fetch-json';
import type { Surfaces } from '$lib/data/surfaces';
import type { DossierIndex } from '$lib/data/views';
import { dataPath } from '$lib/url/paths';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = async ({ fetch }) => {
	const [index, surfaces] = await Promise.all([fetchJson<DossierIndex>(fetch, base, dataPath.index), fetchJson<Surfaces>(fetch, base, dataPath.surfaces)]);
	return { index, surfaces };
};
