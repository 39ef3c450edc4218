// The embedded offline basemap's cartography (https://maplibre.org/maplibre-style-spec/).
import type { ExpressionSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CONTEXT_SOURCE, contextStyle } from './context-style';
import { FONT_BOLD, FONT_REGULAR, withNativeName } from './label-text';
import { COAST_TILES, WORLD_TILES, pmtilesUrl } from './tile-sets';

const LAND = '#f3f1ec';
const SEA = '#d5e3ec';
const WATER_LINE = '#9ec0d6';
const WATER_TEXT = '#4b7896';
const BORDER = '#a19d96';
const HALO = 'rgba(243,241,236,0.9)';

/** Shown from zoom `from` on: `['step', ['zoom'], …]` over a feature's `rank` (1 the most important). */
const ranksFrom = (...steps: number[]): ExpressionSpecification => ['<=', ['get', 'rank'], ['step', ['zoom'], ...steps] as ExpressionSpecification];

/**
 * The embedded offline basemap, all served from the app itself: Natural Earth's world (land, lakes,
 * rivers, borders, seas, regions, airports, ports) from the world tile set, the OpenStreetMap coast
 * around the dossier's places from the coast tile set, GeoNames towns from `data/context.geojson`.
 * Calm colours, so the dossier's colours stand out.
 * @param assets - absolute URL of the app's static root (MapLibre resolves style URLs against it)
 */
export function offlineBasemapStyle(assets: string): StyleSpecification {
	const context = contextStyle(assets);
	return {
		version: 8,
		name: 'Dossier Map offline basemap',
		glyphs: `${assets}/glyphs/{fontstack}/{range}.pbf`,
		// The landmark symbols (scripts/build-sprite.ts): an airport's plane, a port's anchor.
		sprite: `${assets}/basemap/sprite`,
		sources: {
			world: { type: 'vector', tiles: [pmtilesUrl(assets, WORLD_TILES.path)], minzoom: 0, maxzoom: WORLD_TILES.maxzoom, attribution: WORLD_TILES.attribution },
			coast: { type: 'vector', tiles: [pmtilesUrl(assets, COAST_TILES.path)], minzoom: COAST_TILES.minzoom, maxzoom: COAST_TILES.maxzoom, attribution: COAST_TILES.attribution },
			[CONTEXT_SOURCE]: context.source
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': SEA } },
			{ id: 'land', type: 'fill', source: 'world', 'source-layer': 'land', paint: { 'fill-color': LAND } },
			// Around the dossier's places the OpenStreetMap coast replaces Natural Earth's: land over
			// the area it covers, then its sea. It holds at any zoom (about 10 m).
			{ id: 'coast-land', type: 'fill', source: 'coast', 'source-layer': 'coverage', minzoom: COAST_TILES.minzoom, paint: { 'fill-color': LAND } },
			{ id: 'coast-sea', type: 'fill', source: 'coast', 'source-layer': 'sea', minzoom: COAST_TILES.minzoom, paint: { 'fill-color': SEA } },
			{
				// 1:10m shores are about a kilometre from the truth: past zoom 10 the fill pales, so
				// its edge reads as approximate rather than as a shoreline.
				id: 'lake',
				type: 'fill',
				source: 'world',
				'source-layer': 'lake',
				paint: { 'fill-color': SEA, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 1, 12, 0.6] }
			},
			{
				// A 1:10m river is about a kilometre from the truth. Up to zoom 8 that is a pixel or two, and
				// it is drawn as a line; beyond, it widens with the map's scale (doubling each zoom) into a
				// soft band several hundred metres wide, so it cannot seem to run through a footprint it
				// runs beside.
				id: 'river',
				type: 'line',
				source: 'world',
				'source-layer': 'river',
				layout: { 'line-join': 'round', 'line-cap': 'round' },
				paint: {
					'line-color': WATER_LINE,
					'line-width': ['interpolate', ['exponential', 2], ['zoom'], 3, 0.5, 8, 1.6, 9, 8, 13, 128],
					// Blurred over a third of its width: soft edges, a core that still reads as water.
					'line-blur': ['interpolate', ['exponential', 2], ['zoom'], 8, 0, 9, 2.7, 13, 43],
					'line-opacity': ['interpolate', ['linear'], ['zoom'], 8, 1, 10, 0.7]
				}
			},
			{
				id: 'boundary',
				type: 'line',
				source: 'world',
				'source-layer': 'boundary',
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': BORDER,
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 6, 1.2, 10, 1.8],
					'line-dasharray': ['case', ['==', ['get', 'disputed'], 1], ['literal', [3, 2]], ['literal', [1, 0]]]
				}
			},
			{
				id: 'water-labels',
				type: 'symbol',
				source: 'world',
				'source-layer': 'water_label',
				filter: ranksFrom(1, 3, 3, 5, 6, 7, 10),
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT_REGULAR,
					'text-size': ['match', ['get', 'kind'], ['ocean'], 15, ['sea'], 13, 11],
					'text-letter-spacing': 0.06,
					'text-max-width': 8
				},
				paint: { 'text-color': WATER_TEXT, 'text-halo-color': 'rgba(213,227,236,0.8)', 'text-halo-width': 1 }
			},
			{
				id: 'river-labels',
				type: 'symbol',
				source: 'world',
				'source-layer': 'river',
				minzoom: 6,
				filter: ['has', 'name'],
				layout: {
					'symbol-placement': 'line',
					'symbol-spacing': 350,
					'text-field': ['get', 'name'],
					'text-font': FONT_REGULAR,
					'text-size': 11,
					'text-letter-spacing': 0.08
				},
				paint: { 'text-color': WATER_TEXT, 'text-halo-color': HALO, 'text-halo-width': 1.2 }
			},
			{
				// First-level regions: the middle zooms' answer to "where is this".
				id: 'region-labels',
				type: 'symbol',
				source: 'world',
				'source-layer': 'region_label',
				minzoom: 5,
				maxzoom: 10,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT_REGULAR,
					'text-size': 11,
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.08,
					'text-max-width': 8,
					'text-padding': 6
				},
				paint: { 'text-color': '#a29c93', 'text-halo-color': HALO, 'text-halo-width': 1 }
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'world',
				'source-layer': 'country_label',
				filter: ranksFrom(2, 3, 3, 4, 4, 5, 5, 6, 6),
				layout: {
					'text-field': withNativeName(['get', 'native']),
					'text-font': FONT_REGULAR,
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'rank'], [0, 1], 12, 2, 11, 10], 6, ['match', ['get', 'rank'], [0, 1], 16, 2, 15, 3, 14, 13]],
					'text-letter-spacing': 0.04,
					'text-max-width': 7,
					'text-padding': 4
				},
				paint: { 'text-color': '#7a756e', 'text-halo-color': HALO, 'text-halo-width': 1.2 }
			},
			...landmarkLayers(),
			// Last of the basemap: in a collision the upper layer's label is placed first.
			...context.layers
		]
	};
}

/** Airports and ports (Natural Earth 1:10m): a plane or an anchor on a white disc (Maki's symbols,
 * scripts/build-sprite.ts), the airport labelled with its name and IATA code, the port with its name. */
function landmarkLayers(): StyleSpecification['layers'] {
	const airports = ranksFrom(0, 6, 4, 8, 7, 9, 10);
	const ports = ranksFrom(0, 8, 6, 9, 10);
	const label = (id: string, sourceLayer: string, filter: ExpressionSpecification, text: ExpressionSpecification): StyleSpecification['layers'][number] => ({
		id,
		type: 'symbol',
		source: 'world',
		'source-layer': sourceLayer,
		filter,
		layout: {
			'text-field': text,
			'text-font': FONT_BOLD,
			'text-size': 10.5,
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			// Clear of the symbol's disc (7.5 px across its middle).
			'text-radial-offset': 0.9,
			'text-justify': 'auto',
			'text-max-width': 9
		},
		paint: { 'text-color': '#5b5f73', 'text-halo-color': HALO, 'text-halo-width': 1.2 }
	});
	// Drawn always, as a town's dot is, and never in a label's way: the label may be left out where
	// there is no room, the symbol that says what is there stays.
	const symbol = (id: string, sourceLayer: 'airport' | 'port', filter: ExpressionSpecification): StyleSpecification['layers'][number] => ({
		id,
		type: 'symbol',
		source: 'world',
		'source-layer': sourceLayer,
		filter,
		layout: { 'icon-image': sourceLayer, 'icon-allow-overlap': true, 'icon-ignore-placement': true }
	});
	return [
		symbol('airports', 'airport', airports),
		symbol('ports', 'port', ports),
		label('airport-labels', 'airport', airports, ['case', ['has', 'iata'], ['concat', ['get', 'name'], ' (', ['get', 'iata'], ')'], ['get', 'name']]),
		label('port-labels', 'port', ports, ['get', 'name'])
	];
}
