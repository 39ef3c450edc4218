// Places too close to tell apart gathered into one numbered cluster: the rule the live map's
// GeoJSON clustering (https://maplibre.org/maplibre-style-spec/sources/#cluster) and the static
// map (static-map/cluster.ts, with supercluster, the library MapLibre clusters with) both follow.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { DossierFeatureProperties } from '../data/types';

/**
 * Places closer than this many pixels at a tile's zoom share a cluster. Dots are 16 px across
 * (22 lit), labels two 13 px lines beside them: 20 px apart, two dots never touch and their labels
 * find free sides (one left, one right); closer, a label would be dropped or cover a dot.
 */
export const CLUSTER_RADIUS = 20;

/**
 * The deepest zoom that clusters. Past it every place is its own dot: at zoom 14, 20 px are
 * about 100 m, so places still together there stand on the same spot and never split.
 */
export const CLUSTER_MAX_ZOOM = 14;

/** A cluster's colour when its places are drawn in different colours: the app's accent. */
export const MIXED_COLOUR = '#4b2f86';

/**
 * What a cluster carries besides its count (`point_count`): its places' keys (each between commas,
 * so one key is found whole), their names and native names for its label, and their colour.
 * Each entry is `[reduce, map]`, as MapLibre's `clusterProperties` takes it.
 */
export const CLUSTER_PROPERTIES: Record<string, [ExpressionSpecification, ExpressionSpecification]> = {
	keys: [
		['concat', ['accumulated'], ['get', 'keys']],
		['concat', ',', ['get', 'key'], ',']
	],
	names: [
		['concat', ['accumulated'], ', ', ['get', 'names']],
		['get', 'name']
	],
	natives: [
		[
			'case',
			['==', ['accumulated'], ''],
			['get', 'natives'],
			['==', ['get', 'natives'], ''],
			['accumulated'],
			['concat', ['accumulated'], ' · ', ['get', 'natives']]
		],
		['coalesce', ['get', 'native'], '']
	],
	color: [
		['case', ['==', ['accumulated'], ['get', 'color']], ['accumulated'], MIXED_COLOUR],
		['get', 'color']
	]
};

/**
 * Whether zooming in opens a cluster: MapLibre's `getClusterExpansionZoom` answers past the last
 * clustering zoom only for places that stay together at every zoom that clusters (on one spot);
 * zooming would stack their dots, so they are listed instead.
 */
export const opensByZoom = (expansionZoom: number): boolean => expansionZoom <= CLUSTER_MAX_ZOOM;

/** The keys of the places a cluster holds, from its `keys` property. */
export const clusterKeys = (keys: unknown): string[] => (typeof keys === 'string' ? keys.split(',').filter(Boolean) : []);

/** Whether a cluster (its `keys` property) holds a place. */
export const clusterHolds = (keys: unknown, key: string): boolean => typeof keys === 'string' && keys.includes(`,${key},`);

/**
 * The anchors of the visible layers: what the clustered source holds. Clustering happens before
 * any layer filter applies, so a hidden layer's places are left out of the data itself, or the
 * clusters would count them.
 */
export function visibleAnchors(
	data: FeatureCollection<Geometry, DossierFeatureProperties> | FeatureCollection,
	visible: readonly string[]
): FeatureCollection<Point, DossierFeatureProperties> {
	const shown = new Set(visible);
	const features = (data as FeatureCollection<Geometry, DossierFeatureProperties>).features.filter(
		(feature) => feature.properties.role === 'anchor' && shown.has(feature.properties.layer) && feature.geometry.type === 'Point'
	);
	return { type: 'FeatureCollection', features: features as GeoJSON.Feature<Point, DossierFeatureProperties>[] };
}
