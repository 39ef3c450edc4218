import { base } from '$app/paths';
import { fetchJsonOr } from '$lib/data/fetch-json';
import type { ListedPlace } from '$lib/data/views';
import { dataPath } from '$lib/url/paths';
import type { PageLoad } from './$types';

/**
 * Prerendered as `404.html`, which static hosts serve for any unknown path: whole in its HTML (the
 * places listed), so a mistyped link reads without script and at first paint.
 */
export const load: PageLoad = async ({ fetch }) => ({ places: await fetchJsonOr<ListedPlace[]>(fetch, base, dataPath.places, []) });
