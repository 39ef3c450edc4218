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
export const INTERACTIVE_LAYERS = ['dossier-anchor', 'dossier-fill', 'dossier-arc-hit'] as const;

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
	return {
		version: 8,
		name: 'Dossier Map offline basemap',
		glyphs: `${assets}/glyphs/{fontstack}/{range}.pbf`,
		sources: {
			countries: geojson('countries.geojson'),
			'countries-fine': geojson('countries-10m-levant.geojson'),
			coastline: geojson('coastline.geojson'),
			borders: geojson('borders.geojson'),
			'country-labels': geojson('country-labels.geojson'),
			cities: geojson('cities.geojson')
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#cfe0ea' } },
			{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
			{ id: 'land-fine', type: 'fill', source: 'countries-fine', minzoom: 5, paint: { 'fill-color': '#f4f1ea' } },
			{
				id: 'coastline',
				type: 'line',
				source: 'coastline',
				paint: { 'line-color': '#9fb8c6', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 10, 1.5] }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
				paint: {
					'line-color': '#a7a1a8',
					'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 10, 1.6],
					'line-dasharray': [3, 2]
				}
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'country-labels',
				filter: ['<=', ['get', 'rank'], ['+', ['zoom'], 1]],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT_REGULAR,
					'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.12,
					'text-max-width': 8
				},
				paint: { 'text-color': '#7d7680', 'text-halo-color': '#f4f1ea', 'text-halo-width': 1.2 }
			},
			{
				id: 'city-dots',
				type: 'circle',
				source: 'cities',
				filter: ['<=', ['get', 'rank'], ['-', ['zoom'], 2]],
				paint: { 'circle-radius': 2.5, 'circle-color': '#6b6670' }
			},
			{
				id: 'city-labels',
				type: 'symbol',
				source: 'cities',
				filter: ['<=', ['get', 'rank'], ['-', ['zoom'], 2]],
				layout: {
					'text-field': withNativeName(['get', 'name']),
					'text-font': FONT_REGULAR,
					'text-size': 12,
					'text-anchor': 'top',
					'text-offset': [0, 0.5],
					'text-max-width': 10
				},
				paint: { 'text-color': '#4a4550', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 }
			}
		]
	};
}

/** A label with the native name, when there is one, on a second, smaller line. */
function withNativeName(name: ExpressionSpecification): ExpressionSpecification {
	return [
		'format',
		name,
		{},
		['case', ['has', 'name_ar'], '\n', ['has', 'name_ru'], '\n', ''],
		{},
		['coalesce', ['get', 'name_ar'], ['get', 'name_ru'], ''],
		{ 'font-scale': 0.85 }
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
				paint: { 'fill-color': ['get', 'color'], 'fill-opacity': emphasis(0.28, 0.45, 0.5) }
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
					'text-field': ['get', 'name'],
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

/** Every dossier style layer: visibility filters apply to all of them. */
export function dossierLayerIds(layers: LayerSpecification[]): string[] {
	return layers.map((layer) => layer.id);
}

/** A filter that keeps a layer's own role filter and shows only the visible dossier layers. */
export function visibleFilter(roleFilter: unknown, visible: readonly string[]): ExpressionSpecification {
	return ['all', roleFilter as ExpressionSpecification, ['in', ['get', 'layer'], ['literal', [...visible]]]];
}
