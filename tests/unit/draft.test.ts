import { describe, expect, test } from 'vitest';
import { draft, type DraftDeps } from '$lib/authoring/draft';
import { Refusal } from '$lib/authoring/workspace';
import { validateDossier, type GeodataFiles } from '$lib/data/validate';
import type { GazetteerEntry, PlaceSummary, Toponym } from '$lib/geoparse/types';

// The draft's own logic with a stand-in geoparser: which toponyms become places, which are left
// out and how, reuse by gazetteer id, and all-or-nothing writes.
const TEXT = 'Trucks left Fulda for Hammelburg in Bavaria.\nFulda cheered.\n';
const entries: GazetteerEntry[] = [
	{ id: 'geonames:2923822', name: 'Fulda', names: ['Fulda'], kind: 'populated place', featureCode: 'PPLA3', country: 'DE', lat: 50.55162, lon: 9.67518, population: 63760 },
	{ id: 'geonames:2911214', name: 'Hammelburg', names: ['Hammelburg'], kind: 'populated place', featureCode: 'PPL', country: 'DE', lat: 50.11633, lon: 9.89143, population: 12004 },
	{ id: 'ne-admin1:DE-BY', name: 'Bavaria', names: ['Bavaria'], kind: 'region', country: 'DE', lat: 48.9, lon: 11.4, population: 0 }
];
const summary = (id: string): PlaceSummary => {
	const { name, kind, country, lat, lon } = entries.find((entry) => entry.id === id)!;
	return { id, name, kind, country, lat, lon };
};
const toponym = (text: string, nth: number, id: string | null, confidence: number, alternatives: string[] = []): Toponym => {
	let start = -1;
	for (let i = 0; i < nth; i++) start = TEXT.indexOf(text, start + 1);
	return {
		start,
		end: start + text.length,
		text,
		kind: id ? summary(id).kind : 'populated place',
		place: id ? summary(id) : null,
		confidence,
		alternatives: alternatives.map((alternative) => ({ ...summary(alternative), reason: 'farther from the places the text names' }))
	};
};
const deps: DraftDeps = {
	parse: () => [
		toponym('Fulda', 1, 'geonames:2923822', 0.91),
		toponym('Hammelburg', 1, 'geonames:2911214', 0.3),
		toponym('Bavaria', 1, 'ne-admin1:DE-BY', 0.8),
		toponym('Fulda', 2, 'geonames:2923822', 0.88)
	],
	entry: (id) => entries.find((entry) => entry.id === id),
	tagged: (geonameid): Record<string, string> => (geonameid === 2923822 ? { de: 'Fulda', ru: 'Фульда' } : {})
};
const options = { file: 'article.txt', bytes: new TextEncoder().encode(TEXT), id: 'trucks', title: 'Trucks', date: '2025-03' };
const empty: GeodataFiles = { 'geodata/layers.json': '{ "layers": [] }\n' };

describe('draft', () => {
	test('adds each point-like place resolved with enough confidence, links every mention, and the dossier is valid', () => {
		const { writes, report } = draft(empty, options, deps);
		expect(Object.keys(writes).sort()).toEqual([
			'geodata/excerpts/trucks.json',
			'geodata/layers.json',
			'geodata/places/fulda.geojson',
			'geodata/sources/trucks.json',
			'geodata/sources/trucks.txt'
		]);
		const place = JSON.parse(writes['geodata/places/fulda.geojson']!);
		expect(place.properties).toMatchObject({ id: 'fulda', names: { de: 'Fulda' }, aliases: ['Fulda'], kind: 'town', country: 'DE', gazetteer: 'geonames:2923822' });
		expect(place.features[0].properties).toMatchObject({ approximate: true, precision_m: 1500 });
		expect(place.features[1].properties.origin).toBe('GeoNames 2923822 (cities500), resolved by the geoparser: Fulda, DE, 50.55162, 9.67518, population 63760');
		const excerpts = JSON.parse(writes['geodata/excerpts/trucks.json']!);
		expect(excerpts.map((excerpt: { id: string; mentions: { text: string; start: number }[] }) => [excerpt.id, excerpt.mentions.map((m) => [m.text, m.start])])).toEqual([
			['line-1', [['Fulda', 12]]],
			['line-2', [['Fulda', 45]]]
		]);
		const { dossier, problems } = validateDossier({ ...empty, ...writes });
		expect(problems).toEqual([]);
		expect(dossier?.places.map((p) => p.id)).toEqual(['fulda']);
		expect(report).toContain('added fulda: Fulda, populated place, DE, 50.55162, 9.67518 (geonames:2923822), confidence 0.91');
		expect(report).toContain('  linked: "Fulda" (line 1), "Fulda" (line 2)');
	});

	test('a facility named after a town becomes its own place, at the town’s point and said to be so, never the town', () => {
		const text = 'Guards left Fulda prison.\n';
		const start = text.indexOf('Fulda prison');
		const facility: Toponym = { start, end: start + 'Fulda prison'.length, text: 'Fulda prison', kind: 'facility', place: summary('geonames:2923822'), confidence: 0.8, alternatives: [] };
		const { writes, report } = draft(empty, { ...options, bytes: new TextEncoder().encode(text) }, { ...deps, parse: () => [facility] });
		expect(Object.keys(writes).filter((path) => path.startsWith('geodata/places/'))).toEqual(['geodata/places/fulda-prison.geojson']);
		const place = JSON.parse(writes['geodata/places/fulda-prison.geojson']!);
		expect(place.properties).toMatchObject({ name: 'Fulda prison', kind: 'facility', names: {}, gazetteer: 'geonames:2923822/facility:fulda-prison' });
		expect(place.features[1].properties.origin).toMatch(/^Not the facility's own site: the point of geonames:2923822 \(Fulda, /);
		expect(report.join('\n')).toContain("not the facility's own site");
		expect(validateDossier({ ...empty, ...writes }).problems).toEqual([]);
	});

	test('lists each name left out with the exact commands that would add it', () => {
		const { report } = draft(empty, { ...options, commandSuffix: ' --dir /tmp/d' }, deps);
		const left = report.slice(report.indexOf('left out (check each; the command adds it):') + 1, -1);
		expect(left).toEqual([
			'geodata/sources/trucks.txt: "Hammelburg" (line 1): Hammelburg, populated place, DE, 50.11633, 9.89143 (geonames:2911214), confidence 0.30 — confidence 0.30 is below 0.5',
			'  npm run dossier -- add-place hammelburg --name Hammelburg --geonames 2911214 --alias Hammelburg --dir /tmp/d; npm run dossier -- suggest trucks --write --dir /tmp/d',
			'geodata/sources/trucks.txt: "Bavaria" (line 1): Bavaria, region, DE, 48.9, 11.4 (ne-admin1:DE-BY), confidence 0.80 — a region: a dossier draws areas and waters only when an author adds them',
			'  npm run dossier -- add-place bavaria --name Bavaria --at 48.9,11.4 --country DE --kind region --gazetteer ne-admin1:DE-BY --alias Bavaria --dir /tmp/d; npm run dossier -- suggest trucks --write --dir /tmp/d'
		]);
	});

	test('a place named many times is one entry; a dossier place already there is linked, not added', () => {
		const { report } = draft(empty, { ...options, minConfidence: '0.95' }, deps);
		expect(report).toContain('geodata/sources/trucks.txt: "Fulda" (lines 1, 2, 2 times): Fulda, populated place, DE, 50.55162, 9.67518 (geonames:2923822), confidence 0.91 — confidence 0.91 is below 0.95');
		expect(report).toContain('  npm run dossier -- add-place fulda --name Fulda --geonames 2923822 --alias Fulda; npm run dossier -- suggest trucks --write');
		const files = { ...empty, ...draft(empty, options, deps).writes };
		const again = draft(files, { ...options, id: 'again', minConfidence: '0.95' }, deps);
		expect(again.report).toContain('  npm run dossier -- link again Fulda fulda --nth 1; npm run dossier -- link again Fulda fulda --nth 2');
	});

	test('a lower threshold adds what it left out', () => {
		const { writes } = draft(empty, { ...options, minConfidence: '0.2' }, deps);
		// Hammelburg has no name tagged in German: it gets none, and says so.
		expect(JSON.parse(writes['geodata/places/hammelburg.geojson']!).properties.names).toEqual({});
	});

	test('reuses the dossier place of the same gazetteer entry instead of adding another', () => {
		const first = draft(empty, options, deps).writes;
		const files = { ...empty, ...first };
		const again = draft(files, { ...options, id: 'trucks-2' }, deps);
		expect(Object.keys(again.writes).filter((path) => path.includes('/places/'))).toEqual([]);
		expect(again.report).toContain('reused fulda: Fulda, populated place, DE, 50.55162, 9.67518 (geonames:2923822), confidence 0.91');
		expect(validateDossier({ ...files, ...again.writes }).problems).toEqual([]);
	});

	test('refuses before anything is written: a bad threshold, a source id in use by another text', () => {
		expect(() => draft(empty, { ...options, minConfidence: 'high' }, deps)).toThrow(new Refusal('draft: --min-confidence "high": give a number from 0 to 1, e.g. 0.5'));
		const files = { ...empty, ...draft(empty, options, deps).writes };
		expect(() => draft(files, { ...options, bytes: new TextEncoder().encode('Other text\n') }, deps)).toThrow(/already used by a different text/);
	});

	test('without --language, an Arabic text is recorded as Arabic, and the report says it was guessed', () => {
		const languages: (string | undefined)[] = [];
		const parse = (_: string, given: { language?: string }) => (languages.push(given.language), []);
		const { writes, report } = draft(empty, { ...options, bytes: new TextEncoder().encode('فيضانات في درنة\n') }, { ...deps, parse });
		expect(JSON.parse(writes['geodata/sources/trucks.json']!).language).toBe('ar');
		expect(languages).toEqual(['ar']);
		expect(report).toContain('geodata/sources/trucks.json: language "ar", guessed from its letters: give --language <tag> if it is another');
		expect(JSON.parse(draft(empty, { ...options, language: 'de' }, { ...deps, parse }).writes['geodata/sources/trucks.json']!).language).toBe('de');
	});
});
