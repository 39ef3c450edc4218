import { error, json } from '@sveltejs/kit';
import { placeDetail } from '$lib/data/views';
import { dossier } from '$lib/server/dossier';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.places.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const detail = placeDetail(dossier, params.id);
	if (!detail) error(404, `No place "${params.id}"`);
	return json(detail);
};
