import fc from 'fast-check';
import { bbox } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { expect, test } from 'vitest';
import { FeatureIndex } from './feature-index';

/** A rectangle from a corner and a size in degrees. */
const rectangle = ([x, y, w, h]: [number, number, number, number]): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] }
});
const corner = fc.tuple(fc.double({ min: -170, max: 160, noNaN: true }), fc.double({ min: -80, max: 70, noNaN: true }));
const size = fc.tuple(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }));
const box = fc.tuple(corner, size).map(([[x, y], [w, h]]) => [x, y, w * 10, h * 10] as [number, number, number, number]);

test('returns every feature whose bounding box meets the box, in the features’ own order', () => {
	fc.assert(
		fc.property(fc.array(fc.tuple(corner, size).map(([[x, y], [w, h]]) => rectangle([x, y, w, h])), { maxLength: 80 }), box, (features, [x, y, w, h]) => {
			const found = new FeatureIndex(features).within([
				[x, y],
				[x + w, y + h]
			]);
			const meets = features.filter((feature) => {
				const [west, south, east, north] = bbox(feature);
				return !(east < x || west > x + w || north < y || south > y + h);
			});
			// Nothing that meets the box is missed, and the order is the features' own.
			expect(found.filter((feature) => meets.includes(feature))).toEqual(meets);
			expect(found.map((feature) => features.indexOf(feature))).toEqual([...found.map((feature) => features.indexOf(feature))].sort((a, b) => a - b));
		}),
		{ numRuns: 200 }
	);
});

test('a feature larger than largeDeg is always returned; an empty index returns nothing', () => {
	const world = rectangle([-170, -60, 340, 130]);
	const small = rectangle([10, 10, 0.1, 0.1]);
	expect(new FeatureIndex([world, small]).within([[100, 0], [101, 1]])).toEqual([world]);
	expect(new FeatureIndex([]).within([[0, 0], [1, 1]])).toEqual([]);
});
