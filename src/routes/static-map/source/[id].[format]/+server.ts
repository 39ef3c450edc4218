import { error } from '@sveltejs/kit';
import { dossier } from '$lib/server/dossier';
import { staticMapResponse } from '$lib/server/static-map';
import { STATIC_MAP_FORMATS } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.sources.flatMap(({ id }) => STATIC_MAP_FORMATS.map((format) => ({ id, format })));

export const GET: RequestHandler = ({ params }) => {
	if (!dossier.sources.some((source) => source.id === params.id)) error(404, `No source "${params.id}"`);
	return staticMapResponse(dossier, { kind: 'source', id: params.id }, params.format);
};
