import type { Feature, Point, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { REGION_MARGIN_DEGREES, regionAround } from './regions';

const square = (x: number, y: number, side: number): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Polygon', coordinates: [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]] }
});
const point = (x: number, y: number): Feature<Point> => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [x, y] } });

describe('regionAround', () => {
	test('a small place gets its footprint and a margin round it, wider in longitude away from the equator', () => {
		const [w, s, e, n] = regionAround(square(35.87, 34.91, 0.01), point(35.875, 34.915));
		expect(s).toBeCloseTo(34.91 - REGION_MARGIN_DEGREES, 6);
		expect(n).toBeCloseTo(34.92 + REGION_MARGIN_DEGREES, 6);
		expect(e - w).toBeGreaterThan(n - s);
	});

	test('a country-sized footprint gets only its anchor’s surroundings, so its region stays small', () => {
		const [w, s, e, n] = regionAround(square(30, -10, 8), point(34, -6));
		expect(n - s).toBeCloseTo(2 * REGION_MARGIN_DEGREES, 6);
		expect(e - w).toBeLessThan(1);
		expect(w).toBeLessThan(34);
		expect(e).toBeGreaterThan(34);
	});
});
