import { base } from '$app/paths';
import type { PlaceSummary } from '$lib/data/views';
import type { PageLoad } from './$types';

/**
 * Prerendered as `404.html`, which static hosts serve for any unknown path: whole in its HTML (the
 * places listed), so a mistyped link reads without script and at first paint.
 */
export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(`${base}/data/places.json`);
	return { places: response.ok ? ((await response.json()) as PlaceSummary[]) : [] };
};
