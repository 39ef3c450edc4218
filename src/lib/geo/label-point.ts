import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A point for a label that lies inside the footprint, even when the footprint is concave
 * (its centroid may fall outside a crescent or an L-shape).
 * @returns `[longitude, latitude]`
 */
export function labelPoint(footprint: Feature<Polygon | MultiPolygon>): Position {
	return pointOnFeature(footprint).geometry.coordinates;
}
