import { error } from '@sveltejs/kit';
import { dossierLinks } from '$lib/data/links';
import { dossier } from '$lib/server/dossier';
import { pngResponse } from '$lib/server/png';
import { publicSiteUrl } from '$lib/server/site';
import { linkPreviewSvg } from '$lib/server/static-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Only pages that know the site's address name a preview picture: without it, none is drawn. */
export const entries: EntryGenerator = () => (publicSiteUrl ? dossier.places.map(({ id }) => ({ id })) : []);

export const GET: RequestHandler = async ({ params }) => {
	if (!dossierLinks(dossier).place(params.id)) error(404, `No place "${params.id}"`);
	return pngResponse(await linkPreviewSvg(dossier, { kind: 'place', id: params.id }));
};
