import { error, json } from '@sveltejs/kit';
import { placeDetail, type PlaceDetail } from '$lib/data/views';
import { staticMapAlt } from '$lib/server/static-map';
import { dossier } from '$lib/server/dossier';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.places.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const detail = placeDetail(dossier, params.id);
	if (!detail) error(404, `No place "${params.id}"`);
	return json({ ...detail, mapAlt: staticMapAlt(dossier, { kind: 'place', id: params.id }) } satisfies PlaceDetail);
};
