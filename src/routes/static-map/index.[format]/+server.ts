import { dossier } from '$lib/server/dossier';
import { staticMapResponse } from '$lib/server/static-map';
import { STATIC_MAP_FORMATS } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => STATIC_MAP_FORMATS.map((format) => ({ format }));

export const GET: RequestHandler = ({ params }) => staticMapResponse(dossier, { kind: 'overview' }, params.format);
