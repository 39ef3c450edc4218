import { describe, expect, test } from 'vitest';
import { formatDistance, formatPlaceFacts, groupThousands } from '../../src/lib/ui-text';

describe('formatPlaceFacts', () => {
	test('one line: kind in words, country, anchor, footprint area, and that the outline is approximate', () => {
		const line = formatPlaceFacts({ kind: 'naval-facility', country: 'SY', anchor: [35.875, 34.915], areaKm2: 1.4216, precisionM: 1500 });
		expect(line).toBe('naval facility · SY · anchor 34.9150° N, 35.8750° E · footprint 1.42 km², an approximate outline (within about 1,500 m)');
	});

	test('small footprints in hectares, west and south in the anchor', () => {
		expect(formatPlaceFacts({ kind: 'prison', country: 'XX', anchor: [-0.5, -12.25], areaKm2: 0.05, precisionM: 50 })).toBe(
			'prison · XX · anchor 12.2500° S, 0.5000° W · footprint 5.0 ha, an approximate outline (within about 50 m)'
		);
	});
});

describe('groupThousands', () => {
	test('agrees with toLocaleString("en") on the rounded number', () => {
		for (const n of [0, 7, 999, 1000, 1500, 2457, 99999, 100000, 1234567, 1e12, 2457.4, 2457.5, -1234]) {
			expect(groupThousands(n)).toBe(Math.round(n).toLocaleString('en'));
		}
	});

	test('in distances and areas', () => {
		expect(formatDistance(2457.2)).toBe('2,457 km');
		expect(formatDistance(17.24)).toBe('17.2 km');
	});
});
