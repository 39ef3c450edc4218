import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { validateDossier } from '$lib/data/validate';
import { contextFeatures, namedPlaces, rankOf, type ContextRecord } from '$lib/geo/context';
import { placeFrame } from '$lib/geo/frame';
import { contextRecords } from '$lib/server/context';
import { taggedNames } from '$lib/server/geoparse-gazetteer';
import { officialLanguages } from '$lib/lang/languages';

const { dossier } = validateDossier(readGeodataFiles(process.cwd()));
if (!dossier) throw new Error('geodata/ is invalid');
const places = namedPlaces(dossier.places);
const context = contextFeatures(contextRecords(), places, places);

/** The context places inside the view `/place/<id>` opens on, grown to at least `minSpanKm` across.
 * cities500 has no town within 3 km of Sednaya Prison, so the 6 km frame alone can hold none. */
function inFrame(id: string, minSpanKm = 24) {
	const [[w, s], [e, n]] = frame(id, minSpanKm);
	return context.features.filter(({ geometry: { coordinates: [x = 0, y = 0] } }) => x >= w && x <= e && y >= s && y <= n);
}
const frame = (id: string, minSpanKm: number) => placeFrame(dossier!.places.find((p) => p.id === id)!.footprint, { minSpanKm });
/** The basemap's own city labels in that view (Tartus names its naval facility's frame). */

describe('context around the real dossier', () => {
	test.each(['latakia-airbase', 'tartus-naval-facility', 'sednaya-prison', 'damascus', 'city-of-capitals'])(
		'at least three named places in a 24 km view of %s',
		(id) => {
			expect(inFrame(id).length).toBeGreaterThanOrEqual(3);
		}
	);

	test('the City of Capitals’ own 6 km frame names two Moscow districts', () => {
		expect(inFrame('city-of-capitals', 6).map((f) => f.properties.name)).toEqual(['Presnenskiy', 'Dorogomilovo']);
	});

	test('a town’s local name is the one GeoNames tags in its country’s language, and only that', () => {
		const named = context.features.filter((f) => f.properties.native !== undefined);
		expect(named.length).toBeGreaterThan(0);
		for (const { properties: p } of named) {
			const tagged = taggedNames(p.geonames);
			expect(officialLanguages(p.country).some((tag) => tagged[tag] === p.native), p.name).toBe(true);
		}
		// Saydnaya's Arabic alternate صيدنايا carries no language tag in GeoNames: it is not written.
		expect(context.features.find((f) => f.properties.name === 'Şaydnāyā')?.properties.native).toBeUndefined();
	});

	test('Moscow’s districts carry the Russian names GeoNames tags', () => {
		const russian = context.features.filter((f) => f.properties.country === 'RU' && f.properties.native);
		expect(russian.every((f) => /^[А-Яа-яЁё -]+$/.test(f.properties.native!))).toBe(true);
	});

	test('writes no name the dossier writes already, and names the cities around it (the basemap names none of its own)', () => {
		const written = new Set(context.features.map((f) => f.properties.name));
		for (const name of dossier.places.flatMap((p) => [p.name, ...p.aliases])) expect(written.has(name), name).toBe(false);
		for (const name of ['Moscow', 'Latakia', 'Ţarţūs']) expect(written.has(name), name).toBe(true);
	});

	test('ranks thin out zooming out: few large places, many small ones, in rank order', () => {
		const count = (rank: number) => context.features.filter((f) => f.properties.rank <= rank).length;
		expect(count(1)).toBeLessThan(count(3));
		expect(count(3)).toBeLessThan(count(6));
		const ranks = context.features.map((f) => f.properties.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	test('each place says where it comes from, and the result is the same every time', () => {
		const first = context.features[0]!;
		expect(first.properties.origin).toBe(`GeoNames cities500 (CC BY 4.0), geonameid ${first.properties.geonames}`);
		expect(JSON.stringify(contextFeatures(contextRecords(), places, places))).toBe(JSON.stringify(context));
	});
});

describe('contextFeatures', () => {
	const record = (geonameid: number, name: string, lon: number, population: number, alternates: string[] = []): ContextRecord => ({
		geonameid, name, ascii: name, alternates, lon, lat: 0, country: 'SY', population
	});
	const town = { names: ['Town'], coordinates: [0, 0] };

	test('keeps the most populous around a place and the nearest even if tiny, once each', () => {
		const records = [record(1, 'Big', 0.3, 50_000), record(2, 'Hamlet', 0.01, 0), record(3, 'Far', 1, 900_000), record(4, 'Mid', 0.2, 20_000)];
		const names = contextFeatures(records, [town], [], { perPlace: 1, nearest: 1, overview: 0 }).features.map((f) => f.properties.name);
		expect(names).toEqual(['Big', 'Hamlet']);
	});

	test('leaves out a place named like one already on the map, by any of its spellings, only nearby', () => {
		const records = [record(1, 'Jablah', 0.01, 60_000, ['Jableh']), record(2, 'Jablah', 3, 10_000)];
		const labelled = [{ names: ['Jableh'], coordinates: [0, 0] }];
		expect(contextFeatures(records, [town], labelled, { radiusKm: 400 }).features.map((f) => f.id)).toEqual([2]);
	});

	test('ranks by population', () => {
		expect([2_000_000, 300_000, 120_000, 30_000, 10_000, 0].map(rankOf)).toEqual([1, 2, 3, 4, 5, 6]);
	});
});
