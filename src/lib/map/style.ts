// https://maplibre.org/maplibre-style-spec/
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';

/** The id of the GeoJSON source that holds every dossier feature. */
export const DOSSIER_SOURCE = 'dossier';

/** Style layers that answer hover and click, top first. */
export const INTERACTIVE_LAYERS = ['dossier-anchor', 'dossier-ring', 'dossier-fill', 'dossier-arc-hit'] as const;

/** The id of the GeoJSON source of named populated places around the dossier's places. */
export const CONTEXT_SOURCE = 'context';

const FONT_REGULAR = ['Noto Sans Regular'];
const FONT_BOLD = ['Noto Sans Bold'];

/**
 * The embedded offline basemap: Natural Earth land, coastline, borders and labels, served from the
 * app's own `basemap/` and `glyphs/` folders. Calm colours, so the dossier's colours stand out.
 * @param assets - absolute URL of the app's static root (MapLibre resolves style URLs against it)
 */
export function offlineBasemapStyle(assets: string): StyleSpecification {
	const geojson = (file: string): SourceSpecification => ({
		type: 'geojson',
		data: `${assets}/basemap/${file}`,
		attribution: 'Natural Earth (public domain)'
	});
	const LAND = '#f3f1ec';
	const BORDER = '#a19d96';
	const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.2, 10, 1.8];
	// From zoom 6 the 1:10m Levant detail replaces the 1:50m shapes inside its box (see build-basemap.mjs).
	const DETAIL_ZOOM = 6;
	// The data endpoints live under `base`, which is `assets` here (no separate assets host).
	const context = contextStyle(`${assets}/data/context.geojson`);
	return {
		version: 8,
		name: 'Dossier Map offline basemap',
		glyphs: `${assets}/glyphs/{fontstack}/{range}.pbf`,
		sources: {
			[CONTEXT_SOURCE]: context.source,
			land: geojson('land.geojson'),
			borders: geojson('borders.geojson'),
			levant: geojson('countries-10m-levant.geojson'),
			'country-labels': geojson('country-labels.geojson'),
			cities: geojson('cities.geojson')
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#d5e3ec' } },
			{ id: 'land-world', type: 'fill', source: 'land', filter: ['==', ['get', 'zone'], 'world'], paint: { 'fill-color': LAND } },
			{ id: 'land-detail-50m', type: 'fill', source: 'land', maxzoom: DETAIL_ZOOM, filter: ['==', ['get', 'zone'], 'detail'], paint: { 'fill-color': LAND } },
			{ id: 'land-detail-10m', type: 'fill', source: 'levant', minzoom: DETAIL_ZOOM, filter: ['==', ['get', 'kind'], 'country'], paint: { 'fill-color': LAND } },
			{ id: 'coast-10m', type: 'line', source: 'levant', minzoom: DETAIL_ZOOM, filter: ['==', ['get', 'kind'], 'coastline'], paint: { 'line-color': '#a9bfcc', 'line-width': 1 } },
			{ id: 'borders-50m', type: 'line', source: 'borders', maxzoom: DETAIL_ZOOM, layout: { 'line-join': 'round' }, paint: { 'line-color': BORDER, 'line-width': borderWidth } },
			{ id: 'borders-50m-world', type: 'line', source: 'borders', minzoom: DETAIL_ZOOM, filter: ['==', ['get', 'zone'], 'world'], layout: { 'line-join': 'round' }, paint: { 'line-color': BORDER, 'line-width': borderWidth } },
			{ id: 'borders-10m', type: 'line', source: 'levant', minzoom: DETAIL_ZOOM, filter: ['==', ['get', 'kind'], 'border'], layout: { 'line-join': 'round' }, paint: { 'line-color': BORDER, 'line-width': borderWidth } },
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'country-labels',
				filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 3, 3, 4, 4, 5, 5, 6, 6]],
				layout: {
					'text-field': withNativeName(['get', 'name_local']),
					'text-font': FONT_REGULAR,
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'rank'], 1, 12, 2, 11, 10], 6, ['match', ['get', 'rank'], 1, 16, 2, 15, 3, 14, 13]],
					'text-letter-spacing': 0.04,
					'text-max-width': 7,
					'text-padding': 4
				},
				paint: { 'text-color': '#7a756e', 'text-halo-color': 'rgba(243,241,236,0.9)', 'text-halo-width': 1.2 }
			},
			// Under the basemap's cities: in a collision the upper layer's label is placed first.
			...context.layers,
			{
				id: 'city-dots',
				type: 'circle',
				source: 'cities',
				filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5, 3]],
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2.2, 8, 3.5],
					'circle-color': '#55524d',
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1
				}
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'cities',
				filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4, 2, 5, 3]],
				layout: {
					'text-field': withNativeName(['coalesce', ['get', 'name_ar'], ['get', 'name_ru']]),
					'text-font': ['match', ['get', 'rank'], 3, ['literal', FONT_REGULAR], ['literal', FONT_BOLD]],
					'text-size': ['match', ['get', 'rank'], 1, 14, 2, 13, 12],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.6,
					'text-justify': 'auto'
				},
				paint: { 'text-color': '#3d3a36', 'text-halo-color': 'rgba(243,241,236,0.9)', 'text-halo-width': 1.4 }
			}
		]
	};
}

/**
 * Named populated places (GeoNames) around the dossier's places, as a source and a dot and a label
 * layer, for the offline basemap or on top of any other (imagery). Larger places show from lower
 * zooms and win label collisions.
 * @param url - absolute URL of the context GeoJSON (the app's `data/context.geojson`)
 */
export function contextStyle(url: string): { source: SourceSpecification; layers: LayerSpecification[] } {
	// rank 1 (a million or more) from zoom 5 … rank 6 (villages) from zoom 10.
	const filter: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 0, 5, 1, 6, 2, 7, 3, 8, 4, 9, 5, 10, 6]];
	return {
		source: { type: 'geojson', data: url, attribution: 'GeoNames, CC BY 4.0' },
		layers: [
			{
				id: 'context-dots',
				type: 'circle',
				source: CONTEXT_SOURCE,
				filter,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 12, 3],
					'circle-color': '#8a857d',
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 0.8
				}
			},
			{
				id: 'context-labels',
				type: 'symbol',
				source: CONTEXT_SOURCE,
				filter,
				layout: {
					'text-field': withNativeName(['get', 'native']),
					'text-font': FONT_REGULAR,
					'text-size': ['match', ['get', 'rank'], 1, 13, 2, 12, 3, 12, 11],
					'symbol-sort-key': ['-', 0, ['get', 'population']],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.5,
					'text-justify': 'auto',
					'text-max-width': 9
				},
				paint: { 'text-color': '#5f5a53', 'text-halo-color': 'rgba(243,241,236,0.9)', 'text-halo-width': 1.2 }
			}
		]
	};
}

/** A label in English with the native name, when there is one, on a second line. */
export function withNativeName(native: ExpressionSpecification): ExpressionSpecification {
	return [
		'case',
		['to-boolean', native],
		['format', ['get', 'name'], {}, '\n', {}, native, { 'font-scale': 0.9 }],
		['get', 'name']
	];
}

/** Paint that follows feature-state: hovered and selected places stand out. */
const emphasis = (normal: number, hovered: number, selected: number): ExpressionSpecification => [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	selected,
	['boolean', ['feature-state', 'hover'], false],
	hovered,
	normal
];

/**
 * The dossier's own source and style layers, drawn above any basemap.
 * @param data - the dossier FeatureCollection (see `dossierFeatures`)
 */
export function dossierStyle(data: GeoJSON.FeatureCollection): {
	source: SourceSpecification;
	layers: LayerSpecification[];
} {
	const source = DOSSIER_SOURCE;
	const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
	return {
		// promoteId: footprint and anchor share their key, so feature-state lights both at once.
		source: { type: 'geojson', data, promoteId: 'key' },
		layers: [
			{
				id: 'dossier-fill',
				type: 'fill',
				source,
				filter: role('footprint'),
				// No antialiasing pass: dossier-outline draws over the edge, and that pass cost a shader
				// program of its own (compiled while the first tiles are drawn) and a draw call per tile.
				paint: { 'fill-color': ['get', 'color'], 'fill-opacity': emphasis(0.28, 0.45, 0.5), 'fill-antialias': false }
			},
			{
				id: 'dossier-outline',
				type: 'line',
				source,
				filter: role('footprint'),
				paint: { 'line-color': ['get', 'color'], 'line-width': emphasis(1.5, 3, 3.5) }
			},
			{
				id: 'dossier-arc',
				type: 'line',
				source,
				filter: role('arc'),
				layout: { 'line-cap': 'round' },
				paint: {
					'line-color': ['get', 'color'],
					'line-width': emphasis(2, 3.5, 3.5),
					'line-dasharray': [2, 1.5]
				}
			},
			{
				// An invisible wide line, so the thin arc is easy to hit with a pointer.
				id: 'dossier-arc-hit',
				type: 'line',
				source,
				filter: role('arc'),
				paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 }
			},
			{
				// A ring of a size that shows, around a place too small to see at its own framing (the
				// City of Capitals): shown near that framing only (on the overview the anchors say enough),
				// and faded as the map zooms in far enough to show the footprint itself.
				id: 'dossier-ring',
				type: 'circle',
				source,
				filter: ['all', role('anchor'), ['==', ['get', 'small'], true]],
				paint: {
					'circle-radius': 22,
					'circle-opacity': 0,
					'circle-stroke-color': ['get', 'color'],
					'circle-stroke-width': emphasis(2.5, 3.5, 3.5),
					'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0, 9, 1, 13, 1, 15, 0]
				}
			},
			{
				id: 'dossier-anchor',
				type: 'circle',
				source,
				filter: role('anchor'),
				paint: {
					'circle-color': ['get', 'color'],
					'circle-radius': emphasis(6, 8, 9),
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': emphasis(2, 2.5, 3)
				}
			},
			{
				id: 'dossier-label',
				type: 'symbol',
				source,
				filter: role('anchor'),
				layout: {
					'text-field': withNativeName(['get', 'native']),
					'text-font': FONT_BOLD,
					'text-size': 13,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.9,
					'text-justify': 'auto',
					'text-max-width': 12
				},
				paint: { 'text-color': '#1f1b24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
			}
		]
	};
}

/**
 * A filter for the basemap's city labels that leaves out cities the dossier labels itself
 * (Damascus), so no name is written twice. A `match` on the name, which MapLibre looks up in a
 * table, not an `in` over a literal list, which would scan every name for every city.
 */
export function withoutDossierNames(filter: unknown, names: readonly string[]): ExpressionSpecification | undefined {
	const labels = [...new Set(names)];
	if (labels.length === 0) return filter as ExpressionSpecification | undefined;
	const unnamed: ExpressionSpecification = ['match', ['get', 'name'], labels, false, true];
	return filter ? ['all', filter as ExpressionSpecification, unnamed] : unnamed;
}

/** A filter that keeps a layer's own role filter and shows only the visible dossier layers. */
export function visibleFilter(roleFilter: unknown, visible: readonly string[]): ExpressionSpecification {
	return ['all', roleFilter as ExpressionSpecification, ['in', ['get', 'layer'], ['literal', [...visible]]]];
}

/** The basemap's layers that write city names (see `withoutDossierNames`). */
const CITY_NAME_LAYERS = new Set(['city-dots', 'city-labels']);

/**
 * The basemap with the dossier drawn into it, as one style: the dossier's shapes under the
 * basemap's first label layer (place names stay readable), its own labels on top, only the visible
 * layers shown, and the basemap's cities without the names the dossier writes itself. Given to
 * MapLibre whole (its `transformStyle`), so the tiles are laid out once, not again for each
 * filter or layer added after the style has loaded. A style that has the dossier already is kept.
 */
export function withDossier(
	basemap: StyleSpecification,
	dossier: { source: SourceSpecification; layers: LayerSpecification[] },
	visible: readonly string[],
	names: readonly string[]
): StyleSpecification {
	// MapLibre sets its own serialised style again (as after a lost WebGL context), through the same
	// transform: that style already holds the dossier, with its filters as they are now.
	if (DOSSIER_SOURCE in basemap.sources) return basemap;
	const shown = dossier.layers.map((layer) => (layer.type !== 'background' ? { ...layer, filter: visibleFilter(layer.filter, visible) } : layer));
	const layers = basemap.layers.map((layer) => {
		const filter = CITY_NAME_LAYERS.has(layer.id) && layer.type !== 'background' ? withoutDossierNames(layer.filter, names) : undefined;
		return filter ? { ...layer, filter } : layer;
	});
	const firstLabel = layers.findIndex((layer) => layer.type === 'symbol');
	const cut = firstLabel < 0 ? layers.length : firstLabel;
	return {
		...basemap,
		sources: { ...basemap.sources, [DOSSIER_SOURCE]: dossier.source },
		layers: [
			...layers.slice(0, cut),
			...shown.filter((layer) => layer.type !== 'symbol'),
			...layers.slice(cut),
			...shown.filter((layer) => layer.type === 'symbol')
		]
	};
}
