import { dossier } from '$lib/server/dossier';
import { staticMapSvg } from '$lib/server/static-map';

export const prerender = true;

export function GET() {
	return new Response(staticMapSvg(dossier, { kind: 'overview' }).svg, { headers: { 'content-type': 'image/svg+xml' } });
}
