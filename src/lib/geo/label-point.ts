import area from '@turf/area';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/**
 * A point for a label that lies inside the footprint, as far from its outline as can be (the
 * pole of inaccessibility, mapbox/polylabel), even when the footprint is concave and its centroid
 * falls outside a crescent or a C-shape. For a MultiPolygon, in its largest part.
 *
 * Not `@turf/point-on-feature`: when the centroid falls outside, it returns the nearest vertex,
 * which is on the outline, so half the label would hang outside the place.
 * @param footprint - a Polygon or MultiPolygon feature
 * @returns `[longitude, latitude]`
 * @example labelPoint(cShapedFootprint) // in the C's back, not in its mouth
 */
export function labelPoint(footprint: Feature<Polygon | MultiPolygon>): Position {
	const { geometry } = footprint;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((best, rings) =>
		area({ type: 'Polygon', coordinates: rings }) > area({ type: 'Polygon', coordinates: best }) ? rings : best
	);
	// 1e-6° is about 0.1 m: far finer than any footprint's precision.
	const [lon, lat] = polylabel(largest, 1e-6);
	return [lon, lat];
}
