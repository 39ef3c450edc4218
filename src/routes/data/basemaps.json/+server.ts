import { json } from '@sveltejs/kit';
import { basemaps } from '$lib/server/basemaps';

export const prerender = true;

/** The basemaps a reader may choose, fetched with the map. */
export function GET() {
	return json(basemaps);
}
