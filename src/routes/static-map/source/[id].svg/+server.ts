import { error } from '@sveltejs/kit';
import { dossier } from '$lib/server/dossier';
import { staticMapSvg } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.sources.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	if (!dossier.sources.some((source) => source.id === params.id)) error(404, `No source "${params.id}"`);
	return new Response(staticMapSvg(dossier, { kind: 'source', id: params.id }).svg, { headers: { 'content-type': 'image/svg+xml' } });
};
