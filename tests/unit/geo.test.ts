import { readdirSync } from 'node:fs';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import type { Place } from '$lib/data/types';
import { validateDossier } from '$lib/data/validate';
import { greatCircleArc } from '$lib/geo/arc';
import { footprintAreaKm2 } from '$lib/geo/area';
import { distanceKm } from '$lib/geo/distance';
import { footprintWidthPx, placeFrame } from '$lib/geo/frame';
import { dossierFeatures } from '$lib/map/dossier-features';
import { nearestFootprint } from '$lib/geo/nearest';

const { dossier } = validateDossier(readGeodataFiles(process.cwd()));

function place(id: string): Place {
	const found = dossier?.places.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no valid place "${id}" in geodata/`);
	return found;
}
const anchor = (id: string) => place(id).anchor.geometry.coordinates;

function polygon(ring: Position[]): Feature<Polygon> {
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** Relative difference from an expected value. */
const off = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe('distanceKm', () => {
	test('Damascus to the City of Capitals is about 2,474 km (within 1%)', () => {
		expect(off(distanceKm(anchor('damascus'), anchor('city-of-capitals')), 2474)).toBeLessThan(0.01);
	});

	test('Sednaya prison to Damascus is about 17 km (within 2 km)', () => {
		expect(Math.abs(distanceKm(anchor('sednaya-prison'), anchor('damascus')) - 17)).toBeLessThan(2);
	});
});

describe('footprintAreaKm2', () => {
	test("Damascus's footprint covers about the city's published 105 km² (within 10%)", () => {
		expect(off(footprintAreaKm2(place('damascus').footprint), 105)).toBeLessThan(0.1);
	});

	// 6371.0088² km² × (1° in radians) × sin 1° on Turf's mean-radius sphere; the WGS 84
	// ellipsoid gives about 12,309 km², still within 0.5%.
	test('a 1° × 1° square at the equator is about 12,364 km² (within 0.5%)', () => {
		const square = polygon([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
		expect(off(footprintAreaKm2(square), 12364)).toBeLessThan(0.005);
	});
});

describe('nearestFootprint', () => {
	test('a point inside a footprint is at distance 0 from it', () => {
		const nearest = nearestFootprint(anchor('damascus'), dossier?.places ?? []);
		expect(nearest?.item.id).toBe('damascus');
		expect(nearest?.distanceKm).toBe(0);
	});

	test("a point between two footprints gets the one whose edge is nearer, though the other's centre is nearer", () => {
		// Big square centred 0.08° west of the point, its east edge 0.03° away;
		// small square centred 0.075° east of the point, its west edge 0.07° away.
		const big = { id: 'big', footprint: polygon([[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]]) };
		const small = { id: 'small', footprint: polygon([[0.2, 0.04], [0.21, 0.04], [0.21, 0.06], [0.2, 0.06], [0.2, 0.04]]) };
		const nearest = nearestFootprint([0.13, 0.05], [small, big]);
		expect(nearest?.item.id).toBe('big');
		// 0.03° of longitude at latitude 0.05° on the 6371.0088 km sphere is 3.3358 km.
		expect(nearest?.distanceKm).toBeCloseTo(3.3358, 3);
	});

	test('there is no nearest footprint among none', () => {
		expect(nearestFootprint([0, 0], [])).toBeUndefined();
	});
});

describe('placeFrame', () => {
	test('frames every place so its footprint takes at most a third of the width and height, and the view spans at least 6 km', () => {
		for (const { id, footprint } of dossier?.places ?? []) {
			const [[west, south], [east, north]] = placeFrame(footprint);
			const [fpWest, fpSouth, fpEast, fpNorth] = bbox(footprint);
			expect((fpEast - fpWest) / (east - west), `${id} width share`).toBeLessThanOrEqual(1 / 3);
			expect((fpNorth - fpSouth) / (north - south), `${id} height share`).toBeLessThanOrEqual(1 / 3);
			const middle = (south + north) / 2;
			// The great-circle chord is a hair shorter than the parallel the frame was sized along.
			expect(distanceKm([west, middle], [east, middle]), `${id} width`).toBeGreaterThanOrEqual(6 * 0.9999);
			expect(distanceKm([west, south], [west, north]), `${id} height`).toBeGreaterThanOrEqual(6 * 0.9999);
		}
		// The loop above saw every place file, not an empty list.
		expect(dossier?.places.length).toBe(readdirSync('geodata/places').length);
	});

	test('gives a building (the City of Capitals, about 130 m across) the 6 km least span, centred on it', () => {
		const [[west, south], [east, north]] = placeFrame(place('city-of-capitals').footprint);
		expect(distanceKm([west, south], [west, north])).toBeCloseTo(6, 2);
		expect(booleanPointInPolygon([(west + east) / 2, (south + north) / 2], place('city-of-capitals').footprint)).toBe(true);
	});
});

describe('greatCircleArc', () => {
	const from = anchor('damascus');
	const moscow = [37.6172, 55.7558];
	const arc = greatCircleArc(from, moscow) as Feature<LineString>;
	const line = arc.geometry.coordinates;

	test('is one line from Damascus to Moscow, starting and ending at the inputs', () => {
		expect(arc.geometry.type).toBe('LineString');
		expect(line[0]![0]).toBeCloseTo(from[0]!, 9);
		expect(line[0]![1]).toBeCloseTo(from[1]!, 9);
		expect(line.at(-1)![0]).toBeCloseTo(moscow[0]!, 9);
		expect(line.at(-1)![1]).toBeCloseTo(moscow[1]!, 9);
	});

	test('passes north of the straight longitude/latitude line between them, as great circles bulge poleward', () => {
		const straightLatAt = (lon: number) => from[1]! + ((lon - from[0]!) / (moscow[0]! - from[0]!)) * (moscow[1]! - from[1]!);
		const inner = line.slice(1, -1);
		expect(inner.length).toBeGreaterThan(100);
		for (const [lon, lat] of inner) expect(lat!).toBeGreaterThan(straightLatAt(lon!));
		// Halfway along, the arc is north of the straight line's midpoint too.
		expect(line[64]![1]).toBeGreaterThan((from[1]! + moscow[1]!) / 2);
	});
});

describe('footprintWidthPx', () => {
	test('a footprint doubles in width on screen with each zoom level', () => {
		const footprint = place('sednaya-prison').footprint;
		expect(footprintWidthPx(footprint, 13) / footprintWidthPx(footprint, 12)).toBeCloseTo(2, 10);
	});

	test('at the offline map’s deepest framing (zoom 12) the City of Capitals and the Tartus facility are under 5 % of a desktop map’s width, and get a ring', () => {
		const small = dossier!.places.filter((candidate) => footprintWidthPx(candidate.footprint, 12) < 44).map((candidate) => candidate.id);
		expect(small.sort()).toEqual(['city-of-capitals', 'tartus-naval-facility']);
		const features = dossierFeatures(dossier!).features.filter((feature) => feature.properties.small);
		expect(features.map((feature) => [feature.properties.key, feature.properties.role]).sort()).toEqual([
			['city-of-capitals', 'anchor'],
			['tartus-naval-facility', 'anchor']
		]);
	});
});
