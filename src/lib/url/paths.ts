/**
 * Every path the app makes, below its base path: the routes a reader opens, the data files the
 * pages load and the pictures of each route's map. Ids are encoded, so a bad id from a URL stays
 * one path segment. Links for readers go through `href()` (src/lib/state/view.svelte.ts), which
 * adds the base path and keeps the view parameters.
 */

/** What a route's map shows: the overview, one place, or a source's places. */
export type MapRoute = { kind: 'overview' } | { kind: 'place'; id: string } | { kind: 'source'; id: string };

const segment = (id: string) => encodeURIComponent(id);

export const overviewPath = '/';

/** Every place with its excerpts as one GeoJSON file, for GIS tools. */
export const exportPath = '/dossier.geojson';

/** @example placePath('damascus') // '/place/damascus' */
export const placePath = (id: string) => `/place/${segment(id)}`;

/** @example sourcePath('rferl') // '/source/rferl' */
export const sourcePath = (id: string) => `/source/${segment(id)}`;

/** A route's own page. */
export function routePath(route: MapRoute): string {
	if (route.kind === 'place') return placePath(route.id);
	if (route.kind === 'source') return sourcePath(route.id);
	return overviewPath;
}

/**
 * The path of a route inside an embed: the overview and places have embed views (`/embed`,
 * `/embed/place/<id>`), so links between them stay in the frame; other paths are unchanged.
 * @example embedPath('/place/damascus') // '/embed/place/damascus'
 */
export function embedPath(path: string): string {
	if (path === overviewPath) return '/embed';
	return path.startsWith('/place/') ? `/embed${path}` : path;
}

/** The route's own path for an embed's path: what "open the full map" leads to. */
export function pathOutOfEmbed(path: string): string {
	return path.startsWith('/embed') ? path.slice('/embed'.length) || overviewPath : path;
}

/** The JSON and GeoJSON files the pages load, prerendered by the endpoints under src/routes/data/. */
export const dataPath = {
	index: '/data/index.json',
	surfaces: '/data/surfaces.json',
	places: '/data/places.json',
	search: '/data/search.json',
	map: '/data/map.geojson',
	basemaps: '/data/basemaps.json',
	context: '/data/context.geojson',
	place: (id: string) => `/data/place/${segment(id)}.json`,
	source: (id: string) => `/data/source/${segment(id)}.json`
} as const;

/** The formats a route's static map is built in: SVG to print crisply, PNG for the page itself. */
export const STATIC_MAP_FORMATS = ['svg', 'png'] as const;
export type StaticMapFormat = (typeof STATIC_MAP_FORMATS)[number];

/** The routes that have a picture of their own: a source's page opens framed as the overview and shows the overview's. */
export type PictureRoute = Exclude<MapRoute, { kind: 'source' }>;

/** A prerendered static map. @example staticMapPath({ kind: 'place', id: 'damascus' }, 'png') // '/static-map/place/damascus.png' */
export function staticMapPath(route: PictureRoute, format: StaticMapFormat): string {
	return route.kind === 'overview' ? `/static-map/index.${format}` : `/static-map/place/${segment(route.id)}.${format}`;
}

/** A route's link-preview picture: a place has its own; every other route shows the overview's. */
export function previewImagePath(route: MapRoute): string {
	return route.kind === 'place' ? `/og/place/${segment(route.id)}.png` : '/og/index.png';
}
