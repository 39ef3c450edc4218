import { json } from '@sveltejs/kit';
import { index } from '$lib/server/dossier';

export const prerender = true;

export function GET() {
	return json(index);
}
