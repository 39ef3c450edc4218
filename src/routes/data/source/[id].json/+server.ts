import { error, json } from '@sveltejs/kit';
import { sourceDetail, type SourceDetail } from '$lib/data/views';
import { staticMapAlt } from '$lib/server/static-map';
import { dossier } from '$lib/server/dossier';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => dossier.sources.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const detail = sourceDetail(dossier, params.id);
	if (!detail) error(404, `No source "${params.id}"`);
	return json({ ...detail, mapAlt: staticMapAlt(dossier, { kind: 'source', id: params.id }) } satisfies SourceDetail);
};
