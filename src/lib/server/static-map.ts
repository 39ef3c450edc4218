import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { PMTiles } from 'pmtiles';
import { dossierLinks, perDossier } from '$lib/data/links';
import type { Dossier } from '$lib/data/types';
import { routeFocus, type MapRoute } from '$lib/data/route-view';
import { overviewFrame, placeSummary } from '$lib/data/views';
import { FeatureIndex } from '$lib/geo/feature-index';
import type { Bounds } from '$lib/geo/frame';
import { dossierFeatures } from '$lib/map/dossier-features';
import { CONTEXT_SOURCE } from '$lib/map/context-style';
import { clearOfControls } from '$lib/map/controls-room';
import { visibleAnchors } from '$lib/map/cluster';
import { ANCHOR_SOURCE, DOSSIER_SOURCE, dossierStyle } from '$lib/map/dossier-style';
import { offlineBasemapStyle } from '$lib/map/offline-style';
import { withDossier } from '$lib/map/style';
import { COAST_TILES } from '$lib/map/tile-sets';
import type { Box } from '$lib/tiles/regions';
import { altText } from '$lib/static-map/alt';
import { clusterIndex } from '$lib/static-map/cluster';
import { fitMercator, type Viewport } from '$lib/static-map/fit';
import { renderStaticMap } from '$lib/static-map/render';
import { DESKTOP_MAP, LINK_PREVIEW } from '$lib/static-map/viewports';
import { ui } from '$lib/ui-text';
import { coastArchive } from './coast-tiles';
import { pngResponse } from './png';
import { archiveReader, featuresIn } from './tile-reader';

/** Stands for the app's static root in the style's URLs, so they can be read as files from `static/`. */
const ASSETS = 'asset:';

/** The archive of a tile set: the coast is cut for this dossier; the others are files under `static/`. */
const archives = perDossier((dossier: Dossier) => {
	const open = new Map<string, PMTiles>();
	return (path: string): PMTiles => {
		let archive = open.get(path);
		if (!archive) {
			const bytes = path === COAST_TILES.path ? coastArchive(dossier) : new Uint8Array(readFileSync(join(process.cwd(), 'static', path)));
			open.set(path, (archive = archiveReader(bytes, path)));
		}
		return archive;
	};
});

/**
 * The data of the style's sources in a picture's view, by `sourceKey`: each vector source's
 * tiles there, decoded (the live map's own tiles), and the GeoJSON sources `geojson` gives.
 */
async function sourceData(dossier: Dossier, style: StyleSpecification, box: Box, zoom: number, geojson: Record<string, FeatureCollection>) {
	const data: Record<string, FeatureCollection> = { ...geojson };
	for (const [id, source] of Object.entries(style.sources)) {
		if (source.type === 'geojson') {
			if (!data[id] && !(typeof source.data === 'object')) throw new Error(`static map: no data for the style's source "${id}" (${String(source.data)})`);
			continue;
		}
		if (source.type !== 'vector') continue;
		const path = source.tiles?.[0]?.match(/^pmtiles:\/\/asset:\/(.+)\/\{z\}\/\{x\}\/\{y\}$/)?.[1];
		if (!path) throw new Error(`static map: the style's source "${id}" is no tile set of the app's own`);
		if (zoom < (source.minzoom ?? 0)) continue;
		for (const [layer, features] of Object.entries(await featuresIn(archives(dossier)(path), box, zoom))) data[`${id}/${layer}`] = features;
	}
	return data;
}

/** The dossier's features and the whole style they are drawn with, made once per dossier, not once per picture. */
const drawn = perDossier((dossier) => {
	const features = dossierFeatures(dossier);
	const basemap = offlineBasemapStyle(ASSETS);
	return { features, style: withDossier(basemap, dossierStyle(features), dossier.layers.map((layer) => layer.id)) };
});

/** A route's static map, drawn once: the page's PNG and the SVG are the same picture. */
const desktopSvg = perDossier(() => new Map<string, Promise<string>>());

/**
 * The data that grows with the dossier (its features, its context) in spatial indexes, so that a
 * picture of one place looks only at what is near it, not at every place of a dossier of thousands.
 */
const indexed = perDossier((dossier) => ({
	features: new FeatureIndex(drawn(dossier).features.features),
	context: new FeatureIndex(dossier.context?.features ?? []),
	// Every layer's anchors (a static map shows every layer), clustered as the live map's source clusters them.
	clusters: clusterIndex(visibleAnchors(drawn(dossier).features, dossier.layers.map((layer) => layer.id)))
}));

/**
 * Where a picture could draw anything from: the map and as much again around it, beyond the margin
 * the renderer keeps for labels, so the features it is given are all those it would draw. A reach
 * that would cross the antimeridian (d3 wraps longitudes there) takes every longitude.
 */
function reach(projection: GeoProjection, { width, height }: Viewport): Bounds {
	const [centre = 0] = projection.invert!([width / 2, height / 2]) ?? [];
	const [west = -180, north = 90] = projection.invert!([-width, -height]) ?? [];
	const [east = 180, south = -90] = projection.invert!([width * 2, height * 2]) ?? [];
	// Also when the reach is as wide as the world: wrapped twice, west and east can fall either side of the centre.
	const wraps = west > centre || east < centre || 3 * width >= 2 * Math.PI * projection.scale();
	return [
		[wraps ? -180 : west, south],
		[wraps ? 180 : east, north]
	];
}

/** A route's opening view fitted to a viewport, the dossier features near it and its alt text. */
function picture(dossier: Dossier, route: MapRoute, viewport: Viewport) {
	const view = routeView(dossier, route);
	// Clear of the controls as the live map frames it: the route's places, or every place on the overview.
	const shownPlaces = view.selected.length ? dossier.places.filter((place) => view.selected.includes(place.id)) : dossier.places;
	const points = shownPlaces.map((place) => place.anchor.geometry.coordinates as [number, number]);
	const padding = viewport.controls ? clearOfControls(view.frame, points, viewport, viewport.controls) : viewport.padding;
	const fit = fitMercator(view.frame, { ...viewport, padding });
	const near = reach(fit.projection, viewport);
	const { features, context, clusters } = indexed(dossier);
	const shown = { type: 'FeatureCollection' as const, features: features.within(near) };
	const alt = altText(shown, fit.projection, viewport, view.focus);
	const [[west, south], [east, north]] = near;
	const anchors = clusters.at(fit.zoom, [west, south, east, north]);
	return { view, fit, shown, anchors, context: { type: 'FeatureCollection' as const, features: context.within(near) }, alt };
}

/**
 * A route's opening view as the live map has it before any fragment (routeFocus, as the layout
 * asks it), with the places that lead its alt text and the name its banner writes.
 */
function routeView(dossier: Dossier, route: MapRoute): { frame: Bounds; selected: string[]; focus: string[]; name?: string; native?: string } {
	const links = dossierLinks(dossier);
	if (route.kind === 'place') {
		const summary = placeSummary(dossier, route.id);
		const place = links.place(route.id);
		if (!summary || !place) throw new Error(`static map: no place "${route.id}"`);
		const { frame, selected } = routeFocus(route, '', { detail: { place: summary } }, overviewFrame(dossier));
		return { frame, selected, focus: [route.id], name: place.name, native: Object.values(place.names)[0] };
	}
	const { frame, selected } = routeFocus(route, '', {}, overviewFrame(dossier));
	// A source's places lead its alt text, though without a fragment it selects none.
	const focus = route.kind === 'source' ? [...new Set(links.excerptsOfSource(route.id).flatMap((excerpt) => excerpt.places))] : [];
	return { frame, selected, focus };
}

/**
 * A route's static map as SVG: the live map's style and data, framed as its opening view.
 * @param options.viewport - the map's size and padding @defaultValue the desktop map area
 * @param options.banner - write the place's (or the dossier's) name in a band across the bottom
 * @param options.sources - data for style sources that are not static files
 */
export async function staticMapSvg(
	dossier: Dossier,
	route: MapRoute,
	{ viewport = DESKTOP_MAP, banner = false, sources = {} }: { viewport?: Viewport; banner?: boolean; sources?: Record<string, FeatureCollection> } = {}
): Promise<{ svg: string; alt: string; zoom: number; center: [number, number] }> {
	const { view, fit, shown, anchors, context, alt } = picture(dossier, route, viewport);
	const { style } = drawn(dossier);
	const lead = dossier.sources[0];
	// The view with a margin for labels whose anchor lies just outside it.
	const [west = -180, north = 85] = fit.projection.invert!([-viewport.width / 4, -viewport.height / 4]) ?? [];
	const [east = 180, south = -85] = fit.projection.invert!([viewport.width * 1.25, viewport.height * 1.25]) ?? [];
	const data = await sourceData(dossier, style, [west, south, east, north], fit.zoom, { [CONTEXT_SOURCE]: context, ...sources, [DOSSIER_SOURCE]: shown, [ANCHOR_SOURCE]: anchors });
	const svg = renderStaticMap({
		style,
		sources: data,
		fit,
		width: viewport.width,
		height: viewport.height,
		selected: view.selected,
		title: alt,
		banner: banner
			? view.name
				? { title: view.name, native: view.native, subtitle: `${ui.appName}${lead ? ` · ${lead.title}` : ''}` }
				: { title: lead?.title ?? ui.appName, subtitle: `${ui.appName} · ${dossier.places.length} places` }
			: undefined
	});
	return { svg, alt, zoom: fit.zoom, center: fit.center };
}

/** The alternative text of a route's static map (what `staticMapSvg` writes as its title), without drawing it. */
export function staticMapAlt(dossier: Dossier, route: MapRoute, viewport: Viewport = DESKTOP_MAP): string {
	return picture(dossier, route, viewport).alt;
}

/** The link-preview picture's SVG (1200 × 630, with the name band), to be rasterised. */
export const linkPreviewSvg = async (dossier: Dossier, route: MapRoute) => (await staticMapSvg(dossier, route, { viewport: LINK_PREVIEW, banner: true })).svg;

/**
 * A route's static map as a response. The page shows the PNG: Chromium rasterises an SVG image on
 * the main thread before its first paint, which held the text back, while a PNG decodes off it.
 */
export async function staticMapResponse(dossier: Dossier, route: MapRoute, format: string): Promise<Response> {
	const key = JSON.stringify(route);
	const cache = desktopSvg(dossier);
	let drawing = cache.get(key);
	if (!drawing) cache.set(key, (drawing = staticMapSvg(dossier, route).then(({ svg }) => svg)));
	const svg = await drawing;
	if (format === 'png') return pngResponse(svg);
	if (format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
	return new Response('not found', { status: 404 });
}
