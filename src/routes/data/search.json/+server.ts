import { json } from '@sveltejs/kit';
import { searchEntries } from '$lib/data/views';
import { dossier } from '$lib/server/dossier';

export const prerender = true;

export function GET() {
	return json(searchEntries(dossier));
}
