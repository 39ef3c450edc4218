import { json } from '@sveltejs/kit';
import { dossier } from '$lib/server/dossier';
import { staticMapAlt } from '$lib/server/static-map';
import { siteUrl, type Surfaces } from '$lib/data/surfaces';

export const prerender = true;

/** What the pages need to show their static maps and link previews; small, read once by the layout. */
export function GET() {
	const surfaces: Surfaces = {
		siteUrl: siteUrl(process.env.PUBLIC_SITE_URL),
		alt: {
			overview: staticMapAlt(dossier, { kind: 'overview' }),
			places: Object.fromEntries(dossier.places.map(({ id }) => [id, staticMapAlt(dossier, { kind: 'place', id })])),
			sources: Object.fromEntries(dossier.sources.map(({ id }) => [id, staticMapAlt(dossier, { kind: 'source', id })]))
		}
	};
	return json(surfaces);
}
