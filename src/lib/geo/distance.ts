import { distance as turfDistance } from '@turf/turf';
import type { Position } from 'geojson';

/**
 * Great-circle distance between two positions (haversine, mean Earth radius 6371.0088 km).
 * @param from - `[longitude, latitude]`
 * @param to - `[longitude, latitude]`
 * @returns the distance in kilometres
 * @example distanceKm([36.2913, 33.5117], [37.6172, 55.7558]) // ≈ 2480
 */
export function distanceKm(from: Position, to: Position): number {
	return turfDistance(from, to, { units: 'kilometers' });
}
