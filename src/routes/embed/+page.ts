import { base } from '$app/paths';
import { loadPlaceList } from '$lib/data/load-place';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, parent }) => loadPlaceList(fetch, base, (await parent()).index);
