// The static map's clusters, made as MapLibre makes a clustered GeoJSON source's: with supercluster
// and the same radius, zooms and `clusterProperties` expressions (map/cluster.ts).
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import Supercluster from 'supercluster';
import { CLUSTER_MAX_ZOOM, CLUSTER_PROPERTIES, CLUSTER_RADIUS } from '../map/cluster';

type Properties = Record<string, unknown>;
type Compiled = { evaluate(globals: { zoom: number; accumulated?: unknown }, feature: unknown): unknown };

function compile(expression: ExpressionSpecification, where: string): Compiled {
	const compiled = createExpression(expression, where);
	if (compiled.result !== 'success') throw new Error(`${where}: ${compiled.value.map((error) => error.message).join('; ')}`);
	return compiled.value as unknown as Compiled;
}

/**
 * supercluster's `map` and `reduce` from MapLibre's `clusterProperties` (`{name: [reduce, map]}`),
 * as MapLibre's GeoJSON worker makes them: `map` reads a point's properties, `reduce` folds the
 * next point's (or cluster's) mapped value into `['accumulated']`.
 */
function folds(properties: Record<string, [ExpressionSpecification, ExpressionSpecification]>) {
	const names = Object.keys(properties);
	const map = new Map(names.map((name) => [name, compile(properties[name]![1], `clusterProperties.${name}[1]`)]));
	const reduce = new Map(names.map((name) => [name, compile(properties[name]![0], `clusterProperties.${name}[0]`)]));
	const feature = { type: 1, properties: {} as Properties };
	return {
		map(point: Properties): Properties {
			feature.properties = point;
			return Object.fromEntries(names.map((name) => [name, map.get(name)!.evaluate({ zoom: 0 }, feature)]));
		},
		reduce(accumulated: Properties, next: Properties) {
			feature.properties = next;
			for (const name of names) accumulated[name] = reduce.get(name)!.evaluate({ zoom: 0, accumulated: accumulated[name] }, feature);
		}
	};
}

/**
 * An index of places' anchors that answers, for a zoom, the clusters and lone places a clustered
 * source would draw there. Build it once for a dossier's anchors; ask it for each picture.
 * @example clusterIndex(anchors).at(3, [-180, -85, 180, 85]).features.filter((f) => f.properties.cluster)
 */
export function clusterIndex(anchors: FeatureCollection<Point>) {
	const index = new Supercluster<Properties, Properties>({
		// MapLibre's tiles are 512 px: a radius in those pixels over a 512-unit tile.
		radius: CLUSTER_RADIUS,
		extent: 512,
		maxZoom: CLUSTER_MAX_ZOOM,
		minPoints: 2,
		...folds(CLUSTER_PROPERTIES)
	}).load(anchors.features as Feature<Point, Properties>[]);
	return {
		/**
		 * What a clustered source draws at `zoom` (a picture's exact zoom: its tiles', the integer below, decides) inside `bbox`.
		 * @param bbox - `[west, south, east, north]` in degrees
		 */
		at(zoom: number, bbox: [number, number, number, number]): FeatureCollection<Point> {
			return { type: 'FeatureCollection', features: index.getClusters(bbox, Math.floor(zoom)) as Feature<Point>[] };
		},
		/** The zoom at which a cluster splits, as MapLibre's `getClusterExpansionZoom` answers it. */
		expansionZoom: (clusterId: number): number => index.getClusterExpansionZoom(clusterId)
	};
}
