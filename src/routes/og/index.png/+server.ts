import { dossier } from '$lib/server/dossier';
import { svgToPng } from '$lib/server/png';
import { linkPreviewSvg } from '$lib/server/static-map';

export const prerender = true;

export async function GET() {
	return new Response(Buffer.from(svgToPng(await linkPreviewSvg(dossier, { kind: 'overview' }))), { headers: { 'content-type': 'image/png' } });
}
