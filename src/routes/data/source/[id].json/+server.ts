import { error, json } from '@sveltejs/kit';
import { sourceDetail } from '$lib/data/views';
import { dossier } from '$lib/server/dossier';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.sources.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const detail = sourceDetail(dossier, params.id);
	if (!detail) error(404, `No source "${params.id}"`);
	return json(detail);
};
