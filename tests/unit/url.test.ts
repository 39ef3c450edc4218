import { fragmentTarget } from '$lib/url/fragment';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Camera, formatCameraHash, parseCameraHash } from '$lib/url/camera-hash';
import { formatLayersParam, parseLayersParam } from '$lib/url/layers-param';

const camera = (zoom: number, lat: number, lon: number, bearing = 0, pitch = 0): Camera => ({ zoom, lat, lon, bearing, pitch });

describe('formatCameraHash', () => {
	test('writes zoom/lat/lon with as many decimals as the zoom needs', () => {
		expect(formatCameraHash(camera(7, 34.81234, 36.5))).toBe('#map=7/34.812/36.5');
		expect(formatCameraHash(camera(16.25, 55.7472219, 37.5388891))).toBe('#map=16.25/55.747222/37.538889');
		expect(formatCameraHash(camera(0, 34.8, 100))).toBe('#map=0/34.8/100');
	});

	test('adds bearing only when the map is turned or tilted, and pitch only when tilted', () => {
		expect(formatCameraHash(camera(7, 34.8, 36.5, -30))).toBe('#map=7/34.8/36.5/-30');
		expect(formatCameraHash(camera(7, 34.8, 36.5, 0, 45))).toBe('#map=7/34.8/36.5/0/45');
	});

	test("keeps the fragment's other parts and replaces only its map part", () => {
		expect(formatCameraHash(camera(7, 34.8, 36.5), '#excerpt-3')).toBe('#excerpt-3&map=7/34.8/36.5');
		expect(formatCameraHash(camera(7, 34.8, 36.5), '#excerpt-3&map=1/2/3')).toBe('#excerpt-3&map=7/34.8/36.5');
	});

	test('writes tiny numbers as plain decimals, never as 1e-7, and no minus zero', () => {
		expect(formatCameraHash(camera(22, 0.0000001, -0.000000001))).toBe('#map=22/0.0000001/0');
	});

	test("keeps a latitude at Mercator's limit within it when rounding would carry it past", () => {
		expect(formatCameraHash(camera(13, 85.051129, 0))).toBe('#map=13/85.051129/0');
		expect(parseCameraHash(formatCameraHash(camera(13, -85.051129, 0)))).toEqual(camera(13, -85.051129, 0));
	});
});

describe('parseCameraHash', () => {
	test('reads the camera, with bearing and pitch 0 when left out', () => {
		expect(parseCameraHash('#map=7/34.8/36.5')).toEqual(camera(7, 34.8, 36.5));
		expect(parseCameraHash('map=7/34.8/36.5/-30/45')).toEqual(camera(7, 34.8, 36.5, -30, 45));
	});

	test("finds the map part beside the fragment's other parts", () => {
		expect(parseCameraHash('#excerpt-3&map=7/34.8/36.5')).toEqual(camera(7, 34.8, 36.5));
		expect(parseCameraHash('#excerpt-3')).toBeUndefined();
	});

	test('reads back what formatCameraHash wrote, moved by less than half a pixel', () => {
		const cameras = fc.record({
			zoom: fc.double({ min: 0, max: 24, noNaN: true }),
			lat: fc.double({ min: -85.051129, max: 85.051129, noNaN: true }),
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			bearing: fc.double({ min: -180, max: 180, noNaN: true }),
			pitch: fc.double({ min: 0, max: 85, noNaN: true })
		});
		fc.assert(
			fc.property(cameras, (original) => {
				const read = parseCameraHash(formatCameraHash(original, '#excerpt-3'));
				expect(read).toBeDefined();
				// 512 px of world at zoom 0, doubling with each zoom level.
				const pixels = (degrees: number) => (Math.abs(degrees) * 512 * 2 ** original.zoom) / 360;
				expect(pixels(read!.lat - original.lat)).toBeLessThan(0.5);
				expect(pixels(read!.lon - original.lon)).toBeLessThan(0.5);
				expect(Math.abs(read!.zoom - original.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
				expect(Math.abs(read!.bearing - original.bearing)).toBeLessThanOrEqual(0.05 + 1e-9);
				expect(Math.abs(read!.pitch - original.pitch)).toBeLessThanOrEqual(0.5 + 1e-9);
			}),
			{ numRuns: 2000 }
		);
	});

	const garbage: [string, string][] = [
		['an empty fragment', ''],
		['a lone #', '#'],
		['an empty map part', '#map='],
		['two numbers', '#map=1/2'],
		['letters', '#map=a/b/c'],
		['NaN', '#map=NaN/1/1'],
		['Infinity', '#map=Infinity/0/0'],
		['a number too big for a double', '#map=1e309/0/0'],
		['exponent notation', '#map=1e1/0/0'],
		['a negative zoom', '#map=-1/0/0'],
		['latitude 91', '#map=5/91/0'],
		["latitude 86, past Mercator's limit", '#map=5/86/0'],
		['longitude 181', '#map=5/0/181'],
		['zoom 25', '#map=25/0/0'],
		['pitch 90', '#map=5/0/0/0/90'],
		['bearing 200', '#map=5/0/0/200'],
		['six numbers', '#map=1/2/3/4/5/6'],
		['an empty number', '#map=5//0'],
		['a leading space', '#map= 1/2/3'],
		['a trailing slash', '#map=1/2/3/'],
		['percent-encoded slashes', '#map=5%2F0%2F0'],
		['percent-encoded digits', '#map=%35/0/0'],
		['a script tag', '#map=<script>alert(1)</script>'],
		['a script tag among numbers', '#map=5/0/<script>'],
		['10 000 characters', `#map=${'7/'.repeat(5000)}`],
		['10 000 digits', `#map=${'9'.repeat(10_000)}/0/0`]
	];
	test.for(garbage)('gives undefined for %s', ([, hash]) => {
		expect(parseCameraHash(hash)).toBeUndefined();
	});

	test('rejects a million digits in linear time', () => {
		const start = performance.now();
		expect(parseCameraHash(`#map=${'1'.repeat(1_000_000)}x/0/0`)).toBeUndefined();
		expect(performance.now() - start).toBeLessThan(500);
	});

	test('never throws on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				const read = parseCameraHash(`#map=${text}`);
				if (read) expect(Object.values(read).every(Number.isFinite)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('parseLayersParam', () => {
	const known = ['damascus', 'sednaya-prison', 'transfer'];

	test('shows every layer when the parameter is absent', () => {
		expect(parseLayersParam(null, known)).toEqual(known);
	});

	test('shows no layer when the parameter is empty', () => {
		expect(parseLayersParam('', known)).toEqual([]);
	});

	test('drops unknown ids and keeps the known ones', () => {
		expect(parseLayersParam('sednaya-prison,atlantis', known)).toEqual(['sednaya-prison']);
	});

	test('falls back to every layer when it names only unknown ids', () => {
		expect(parseLayersParam('atlantis,el-dorado', known)).toEqual(known);
	});

	test('lists the visible layers in layer order, not in the order given', () => {
		expect(parseLayersParam('transfer,damascus', known)).toEqual(['damascus', 'transfer']);
	});

	test('ignores spaces and repeats', () => {
		expect(parseLayersParam(' transfer , transfer', known)).toEqual(['transfer']);
	});
});

describe('formatLayersParam', () => {
	const known = ['damascus', 'sednaya-prison', 'transfer'];

	test('leaves the parameter out (null) when every layer is visible', () => {
		expect(formatLayersParam(['transfer', 'damascus', 'sednaya-prison'], known)).toBeNull();
	});

	test('writes the visible layers in layer order, and an empty value for none', () => {
		expect(formatLayersParam(['transfer', 'damascus'], known)).toBe('damascus,transfer');
		expect(formatLayersParam([], known)).toBe('');
	});

	test('round-trips every subset of the layers through parseLayersParam', () => {
		const subsets = known.reduce<string[][]>((all, id) => [...all, ...all.map((subset) => [...subset, id])], [[]]);
		expect(subsets).toHaveLength(8);
		for (const visible of subsets) expect(parseLayersParam(formatLayersParam(visible, known), known)).toEqual(visible);
	});
});

describe('fragmentTarget', () => {
	test('names the element a fragment points at, before any &map=', () => {
		expect(fragmentTarget('#line-8&map=5/1/2')).toBe('line-8');
		expect(fragmentTarget('#caf%C3%A9')).toBe('café');
	});
	test('falls back to no target on broken percent-encoding, never throwing', () => {
		expect(fragmentTarget('#%E0%A4%A')).toBe('');
		expect(fragmentTarget('#%zz')).toBe('');
		expect(fragmentTarget('')).toBe('');
	});
});
