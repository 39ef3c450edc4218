import { dossier } from '$lib/server/dossier';

export const prerender = true;

/** Named populated places around this dossier's places (GeoNames), for the map's context layers. */
export function GET() {
	return new Response(JSON.stringify(dossier.context ?? { type: 'FeatureCollection', features: [] }), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
