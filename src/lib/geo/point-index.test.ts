import fc from 'fast-check';
import { expect, test } from 'vitest';
import { distanceKm } from './distance';
import { PointIndex } from './point-index';

const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));

test('finds the same nearest points as measuring every one, within a distance, nearest first', () => {
	fc.assert(
		fc.property(fc.array(lonLat, { maxLength: 60 }), lonLat, fc.integer({ min: 1, max: 8 }), fc.double({ min: 1, max: 5000, noNaN: true }), (points, at, count, maxKm) => {
			const items = points.map((coordinates, id) => ({ id, coordinates }));
			const found = new PointIndex(items, (item) => item.coordinates).near(at, { count, maxKm });
			const measured = items
				.map((item) => ({ item, km: distanceKm(at, item.coordinates) }))
				.filter(({ km }) => km <= maxKm)
				.sort((a, b) => a.km - b.km)
				.slice(0, count);
			// Ties may come in either order: compare the distances, and the items where distances differ.
			expect(found.map(({ km }) => km)).toEqual(measured.map(({ km }) => km));
		}),
		{ numRuns: 200 }
	);
});

test('passes over the items `keep` refuses without counting them, and knows an empty list', () => {
	const items = [
		{ id: 'here', coordinates: [0, 0] },
		{ id: 'near', coordinates: [0, 1] },
		{ id: 'far', coordinates: [0, 5] }
	];
	const index = new PointIndex(items, (item) => item.coordinates);
	expect(index.near([0, 0], { count: 1, keep: (item) => item.id !== 'here' }).map(({ item }) => item.id)).toEqual(['near']);
	expect(index.near([0, 0], { maxKm: 200 }).map(({ item }) => item.id)).toEqual(['here', 'near']);
	expect(new PointIndex([], () => [0, 0]).near([0, 0])).toEqual([]);
});
