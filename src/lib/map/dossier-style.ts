// https://maplibre.org/maplibre-style-spec/layers/
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CLUSTER_MAX_ZOOM, CLUSTER_PROPERTIES, CLUSTER_RADIUS, visibleAnchors } from './cluster';
import { FONT_BOLD, withNativeName } from './label-text';

/** The id of the GeoJSON source that holds every dossier feature (footprints and arcs are drawn from it). */
export const DOSSIER_SOURCE = 'dossier';

/**
 * The id of the clustered GeoJSON source of the places' anchors, apart from the dossier source:
 * clustering keeps points only, and it holds only the visible layers' places (see `visibleAnchors`).
 */
export const ANCHOR_SOURCE = 'dossier-anchors';

/** Style layers that answer hover and click, top first. */
export const INTERACTIVE_LAYERS = ['dossier-cluster', 'dossier-anchor', 'dossier-ring', 'dossier-fill', 'dossier-arc-hit'] as const;

/** Paint that follows feature-state: hovered and selected places stand out. */
const emphasis = (normal: number, hovered: number, selected: number): ExpressionSpecification => [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	selected,
	['boolean', ['feature-state', 'hover'], false],
	hovered,
	normal
];

export interface DossierStyle {
	source: SourceSpecification;
	anchors: SourceSpecification;
	layers: LayerSpecification[];
}

/**
 * The dossier's own sources and style layers, drawn above any basemap.
 * @param data - the dossier FeatureCollection (see `dossierFeatures`)
 * @returns `source`, the dossier's; `anchors`, its places' anchors, clustered (every layer's: see
 *   `withDossier` for the visible ones); `layers`
 */
export function dossierStyle(data: GeoJSON.FeatureCollection): DossierStyle {
	const source = DOSSIER_SOURCE;
	const anchors = ANCHOR_SOURCE;
	const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
	// A cluster has no role: the anchors' role filter leaves clusters out of the dots and their labels.
	const cluster: ExpressionSpecification = ['has', 'point_count'];
	return {
		// promoteId: footprint and anchor share their key, so feature-state lights both at once.
		source: { type: 'geojson', data, promoteId: 'key' },
		// With promoteId, MapLibre gives a cluster its cluster_id as its feature-state id.
		anchors: {
			type: 'geojson',
			data: visibleAnchors(data, [...new Set(data.features.map((feature) => String(feature.properties?.layer)))]),
			promoteId: 'key',
			cluster: true,
			clusterRadius: CLUSTER_RADIUS,
			clusterMaxZoom: CLUSTER_MAX_ZOOM,
			clusterProperties: CLUSTER_PROPERTIES
		},
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
				source: anchors,
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
				source: anchors,
				filter: role('anchor'),
				paint: {
					'circle-color': ['get', 'color'],
					'circle-radius': emphasis(6, 8, 9),
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': emphasis(2, 2.5, 3)
				}
			},
			{
				// Places too close to tell apart at this zoom, as one dot that counts them (cluster.ts), in
				// their colour when they share one. A click opens it.
				id: 'dossier-cluster',
				type: 'circle',
				source: anchors,
				filter: cluster,
				paint: {
					'circle-color': ['get', 'color'],
					'circle-radius': emphasis(12, 14, 15),
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': emphasis(2, 2.5, 3)
				}
			},
			{
				// Which places a cluster holds, as a place's label says it: names, then native names.
				id: 'dossier-cluster-label',
				type: 'symbol',
				source: anchors,
				filter: cluster,
				layout: {
					'text-field': withNativeName(['get', 'natives'], ['get', 'names']),
					'text-font': FONT_BOLD,
					'text-size': 13,
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 1.4,
					'text-justify': 'auto',
					'text-max-width': 12
				},
				paint: { 'text-color': '#1f1b24', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 }
			},
			{
				id: 'dossier-label',
				type: 'symbol',
				source: anchors,
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
			},
			{
				// How many places a cluster holds, on it; always placed, with a padding that keeps every
				// label off the cluster's dot, as dossier-keepout does for a place's.
				id: 'dossier-cluster-count',
				type: 'symbol',
				source: anchors,
				filter: cluster,
				layout: {
					'text-field': ['to-string', ['get', 'point_count']],
					'text-font': FONT_BOLD,
					'text-size': 13,
					'text-allow-overlap': true,
					'text-padding': 7
				},
				paint: { 'text-color': '#ffffff' }
			},
			{
				// MapLibre lets labels cover circles: only symbols take part in label collisions. An invisible
				// dot-sized symbol on every anchor, placed first (the top layer is placed first) and always,
				// keeps every label (the other places', the towns', the basemap's) off every place's dot.
				id: 'dossier-keepout',
				type: 'symbol',
				source: anchors,
				filter: role('anchor'),
				layout: {
					'text-field': '•',
					'text-font': FONT_BOLD,
					'text-size': 22,
					'text-allow-overlap': true,
					'text-padding': 0
				},
				paint: { 'text-opacity': 0 }
			}
		]
	};
}
