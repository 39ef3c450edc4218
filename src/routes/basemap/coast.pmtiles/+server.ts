import { coastArchive } from '$lib/server/coast-tiles';
import { dossier } from '$lib/server/dossier';

export const prerender = true;

/** The OpenStreetMap coast around this dossier's places, as a PMTiles archive the map reads with byte ranges. */
export function GET() {
	return new Response(Buffer.from(coastArchive(dossier)), { headers: { 'content-type': 'application/vnd.pmtiles' } });
}
