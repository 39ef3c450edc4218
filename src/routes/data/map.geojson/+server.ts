import { dossierFeatures } from '$lib/map/dossier-features';
import { dossier } from '$lib/server/dossier';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(dossierFeatures(dossier)), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
