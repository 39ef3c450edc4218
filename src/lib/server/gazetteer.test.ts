import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { geonamesPlaces } from '../authoring/gazetteer';
import { buildGazetteer } from '../geoparse/gazetteer';
import { parseGazetteer } from './gazetteer';
import { geonamesEntries } from './geoparse-gazetteer';

// Literal GeoNames cities500 lines (some alternates left out), tab-separated as the dump is.
const row = (...columns: (string | number)[]) => columns.join('\t');
const TSV = [
	row(169304, 'Jablah', 'Jablah', 'Djeble,Djéblé,Jablah,Jableh,Jebele,Jebeleh,Jebelli,Jeble,jblt,جبلة', 35.36211, 35.92759, 'P', 'PPLA2', 'SY', '', '02', '', '', '', 65915, '', 26, 'Asia/Damascus', '2013-05-07'),
	row(542634, 'Presnenskiy', 'Presnenskiy', 'Krasnaja Presnja,Krasnaya Presnya,Presnenskij,Presnenskiy,Красная Пресня,Пресненский', 55.75, 37.55, 'P', 'PPLX', 'RU', '', '48', '', '', '', 122000, '', 120, 'Europe/Moscow', '2018-11-14'),
	row(164717, 'Şaydnāyā', 'Saydnaya', 'Said Naya,Saydnaya,Sednaya,Şaydnāyā,صيدنايا', 33.69473, 36.37146, 'P', 'PPLA3', 'SY', '', '08', '', '', '', 0, '', 1365, 'Asia/Damascus', '2020-06-10'),
	row(706483, 'Kharkiv', 'Kharkiv', 'Charkiw,Kharkov,Харків,Харьков', 49.98081, 36.25272, 'P', 'PPLA', 'UA', '', '07', '', '', '', 1433886, '', 152, 'Europe/Kyiv', '2023-01-01'),
	''
].join('\n');

describe('parseGazetteer', () => {
	const records = parseGazetteer(TSV);

	test('reads every line into a typed record', () => {
		expect(records.map((r) => r.geonameid)).toEqual([169304, 542634, 164717, 706483]);
		expect(records[0]).toMatchObject({ name: 'Jablah', ascii: 'Jablah', lon: 35.92759, lat: 35.36211, featureCode: 'PPLA2', country: 'SY', population: 65915 });
		expect(records[0]?.alternates).toContain('Jableh');
	});

	test('takes no alternate for a local name: GeoNames’ alternates say no language', () => {
		// Пресненский and Красная Пресня are both Cyrillic; Харків is Ukrainian, Харьков Russian.
		expect(records.map((r) => r.native)).toEqual([undefined, undefined, undefined, undefined]);
	});

	test('names a short line', () => {
		expect(() => parseGazetteer('1\tA\tA')).toThrow('gazetteer line 1: 3 columns, GeoNames has 19');
	});
});

describe('geonamesPlaces: the GeoNames towns of the geoparser’s gazetteer, as add-place finds them', () => {
	const places = geonamesPlaces(buildGazetteer(geonamesEntries(parseGazetteer(TSV))));

	test('finds a place by any of its spellings, accents aside, in one country or all', () => {
		expect(places.findByName('Jableh', 'SY')).toEqual([
			{ geonameid: 169304, name: 'Jablah', country: 'SY', population: 65915, coordinates: [35.92759, 35.36211], featureCode: 'PPLA2' }
		]);
		expect(places.findByName('saydnaya').map((c) => c.geonameid)).toEqual([164717]);
		expect(places.findByName('Kharkov', 'RU')).toEqual([]);
	});

	test('finds places by name, most populous first, in a country when asked, and by id', () => {
		const fixture = geonamesPlaces(buildGazetteer(geonamesEntries(parseGazetteer(readFileSync('tests/fixtures/articles/gazetteer.tsv', 'utf8')))));
		expect(fixture.findByName('fulda').map((candidate) => [candidate.country, candidate.geonameid])).toEqual([
			['DE', 2923822],
			['US', 5027555]
		]);
		expect(fixture.findByName('Fulda', 'us').map((candidate) => candidate.geonameid)).toEqual([5027555]);
		expect(fixture.findById(2911214)).toMatchObject({ name: 'Hammelburg', coordinates: [9.89143, 50.11633], population: 12004 });
		expect(fixture.findById(1)).toBeUndefined();
	});
});
