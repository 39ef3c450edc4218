import { dossier } from '$lib/server/dossier';
import { pngResponse } from '$lib/server/png';
import { linkPreviewSvg } from '$lib/server/static-map';

export const prerender = true;

export function GET() {
	return pngResponse(linkPreviewSvg(dossier, { kind: 'overview' }));
}
