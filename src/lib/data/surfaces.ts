import { ui } from '../ui-text';
import { routeSurface, type MapRoute } from './route-view';
import type { DossierIndex, PlaceDetail, SourceDetail } from './views';

/**
 * What every page needs for its link previews (`/data/surfaces.json`): the same for every page, so
 * it stays small. The alternative text of a route's static map comes with the route's own data.
 */
export interface Surfaces {
	/** Where the build's root is served (`PUBLIC_SITE_URL` at build time, base path included), no trailing slash; or null. */
	siteUrl: string | null;
}

/**
 * The deployer's public address, if it is an absolute http(s) URL: link previews need absolute
 * addresses, and a wrong one would make every preview broken rather than absent.
 * @example siteUrl('https://example.org/maps/') // 'https://example.org/maps'
 */
export function siteUrl(value: string | undefined): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
		return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
	} catch {
		return null;
	}
}

/** One `<meta>` of a link preview: Open Graph by `property`, Twitter by `name`. */
export type PreviewMeta = { property: string; content: string } | { name: string; content: string };

/**
 * The link-preview tags of a route: title, description and type always; the picture and the
 * address only when the site's public address is known (relative ones would be broken previews).
 * @param path - the route's path below the site's root (without its base), query or fragment
 */
export function previewMeta(
	route: MapRoute,
	data: { detail?: PlaceDetail; source?: SourceDetail },
	index: DossierIndex,
	surfaces: Surfaces,
	{ path, appName }: { path: string; appName: string }
): PreviewMeta[] {
	let title = `${appName}: ${index.lead?.title ?? ''}`;
	let description = index.lead ? ui.overviewDescription(index.lead.title) : appName;
	let type = 'website';
	if (data.detail) {
		const { place, excerpts } = data.detail;
		title = `${place.name} — ${appName}`;
		description = place.description || excerpts[0]?.quote || place.name;
		type = 'article';
	} else if (data.source) {
		title = `${data.source.source.title} — ${appName}`;
		description = data.source.source.title;
		type = 'article';
	}
	const meta: PreviewMeta[] = [
		{ property: 'og:title', content: title },
		{ property: 'og:description', content: description },
		{ property: 'og:type', content: type },
		{ property: 'og:site_name', content: appName },
		{ name: 'twitter:card', content: 'summary_large_image' }
	];
	if (surfaces.siteUrl) {
		const surface = routeSurface(route, data, index);
		meta.push(
			{ property: 'og:url', content: `${surfaces.siteUrl}${path}` },
			{ property: 'og:image', content: `${surfaces.siteUrl}${surface.preview}` },
			{ property: 'og:image:type', content: 'image/png' },
			{ property: 'og:image:width', content: '1200' },
			{ property: 'og:image:height', content: '630' },
			{ property: 'og:image:alt', content: surface.alt }
		);
	}
	return meta;
}
