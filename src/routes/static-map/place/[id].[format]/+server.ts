import { error } from '@sveltejs/kit';
import { dossierLinks } from '$lib/data/links';
import { dossier } from '$lib/server/dossier';
import { staticMapResponse } from '$lib/server/static-map';
import { STATIC_MAP_FORMATS } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.places.flatMap(({ id }) => STATIC_MAP_FORMATS.map((format) => ({ id, format })));

export const GET: RequestHandler = ({ params }) => {
	if (!dossierLinks(dossier).place(params.id)) error(404, `No place "${params.id}"`);
	return staticMapResponse(dossier, { kind: 'place', id: params.id }, params.format);
};
