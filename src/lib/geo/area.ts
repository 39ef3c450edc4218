import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Geodesic area of a footprint.
 * @param footprint - a Polygon or MultiPolygon feature
 * @returns the area in square kilometres
 * @example footprintAreaKm2(damascus.footprint) // ≈ 100
 */
export function footprintAreaKm2(footprint: Feature<Polygon | MultiPolygon>): number {
	return area(footprint) / 1e6;
}
