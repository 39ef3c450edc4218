import { dossierGeoJson } from '$lib/data/export';
import { dossier } from '$lib/server/dossier';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(dossierGeoJson(dossier), null, 1), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
