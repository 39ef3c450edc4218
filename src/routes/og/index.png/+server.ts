import { dossier } from '$lib/server/dossier';
import { pngResponse } from '$lib/server/png';
import { linkPreviewSvg } from '$lib/server/static-map';

export const prerender = true;

export async function GET() {
	return pngResponse(await linkPreviewSvg(dossier, { kind: 'overview' }));
}
