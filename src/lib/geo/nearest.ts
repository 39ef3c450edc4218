import { pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Nearest<T> {
	item: T;
	/** From the point to the footprint's edge; 0 when the point is inside. */
	distanceKm: number;
}

/**
 * The footprint nearest to a point, measured to its edge rather than its centre, so a large
 * city near the click is not beaten by a small site whose centre happens to be closer.
 * @param point - `[longitude, latitude]`
 * @param items - candidates, each with a footprint
 * @returns the nearest candidate and its distance in kilometres, or undefined when there is none
 */
export function nearestFootprint<T extends { footprint: Feature<Polygon | MultiPolygon> }>(
	point: Position,
	items: readonly T[]
): Nearest<T> | undefined {
	let best: Nearest<T> | undefined;
	for (const item of items) {
		// Negative inside the polygon: clamp, being inside is distance 0.
		const distanceKm = Math.max(0, pointToPolygonDistance(point, item.footprint, { units: 'kilometers' }));
		if (!best || distanceKm < best.distanceKm) best = { item, distanceKm };
	}
	return best;
}
