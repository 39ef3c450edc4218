import { json } from '@sveltejs/kit';
import { placeList } from '$lib/data/views';
import { dossier } from '$lib/server/dossier';

export const prerender = true;

/** Every place: fetched by the pages that list them all, never carried by every page. */
export function GET() {
	return json(placeList(dossier));
}
