import { dossier } from '$lib/server/dossier';
import { STATIC_MAP_FORMATS, staticMapResponse } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => STATIC_MAP_FORMATS.map((format) => ({ format }));

export const GET: RequestHandler = ({ params }) => staticMapResponse(dossier, { kind: 'overview' }, params.format);
