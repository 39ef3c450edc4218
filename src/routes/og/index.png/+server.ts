import { dossier } from '$lib/server/dossier';
import { svgToPng } from '$lib/server/png';
import { linkPreviewSvg } from '$lib/server/static-map';

export const prerender = true;

export function GET() {
	return new Response(Buffer.from(svgToPng(linkPreviewSvg(dossier, { kind: 'overview' }))), { headers: { 'content-type': 'image/png' } });
}
