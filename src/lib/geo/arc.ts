import { greatCircle } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

/**
 * The great-circle path between two positions, as a line MapLibre can draw (split in two at the
 * antimeridian when it crosses it).
 * @param from - `[longitude, latitude]`
 * @param to - `[longitude, latitude]`
 * @param npoints - vertices along the path @defaultValue 128
 */
export function greatCircleArc(from: Position, to: Position, npoints = 128): Feature<LineString | MultiLineString> {
	return greatCircle(from, to, { npoints });
}
