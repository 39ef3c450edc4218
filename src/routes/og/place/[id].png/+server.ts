import { error } from '@sveltejs/kit';
import { dossier } from '$lib/server/dossier';
import { svgToPng } from '$lib/server/png';
import { linkPreviewSvg } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.places.map(({ id }) => ({ id }));

export const GET: RequestHandler = async ({ params }) => {
	if (!dossier.places.some((place) => place.id === params.id)) error(404, `No place "${params.id}"`);
	return new Response(Buffer.from(svgToPng(await linkPreviewSvg(dossier, { kind: 'place', id: params.id }))), { headers: { 'content-type': 'image/png' } });
};
