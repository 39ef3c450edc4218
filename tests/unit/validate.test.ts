import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { formatProblem } from '$lib/data/types';
import { validateDossier } from '$lib/data/validate';

// Each fixture is tests/fixtures/<kind>/geodata/…: the valid dossier changed in one way
// (tests/fixtures/make-fixtures.mjs says which).
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const project = fileURLToPath(new URL('../..', import.meta.url));

function messagesFor(fixture: string): string[] {
	return validateDossier(readGeodataFiles(`${fixtures}/${fixture}`)).problems.map(formatProblem);
}

test('the valid fixture has no problems and reads as two places, three excerpts and three layers', () => {
	const { dossier, problems } = validateDossier(readGeodataFiles(`${fixtures}/valid`));
	expect(problems).toEqual([]);
	expect(dossier?.places.map((place) => place.id)).toEqual(['harbour-gate', 'old-fort']);
	expect(dossier?.excerpts.map((excerpt) => [excerpt.id, excerpt.line, excerpt.kind])).toEqual([
		['line-1', 1, 'paragraph'],
		['line-2', 2, 'paragraph'],
		['line-3', 3, 'caption']
	]);
	expect(dossier?.layers.map((layer) => layer.kind)).toEqual(['places', 'places', 'arc']);
});

/** Every fixture but `valid`, with what it must be told: the exact `file: json.path: message` lines. */
const cases: { fixture: string; says: string; messages: string[] }[] = [
	{
		fixture: 'json-syntax-error',
		says: 'a JSON syntax error is located by line and column',
		messages: [`geodata/places/harbour-gate.geojson: invalid JSON at line 6, column 5: Expected ',' or '}' after property value`]
	},
	{
		fixture: 'missing-required-property',
		says: 'a missing required property is named at its path',
		messages: ['geodata/places/old-fort.geojson: properties.name: required']
	},
	{
		fixture: 'wrong-type',
		says: 'a value of the wrong type is named with what was found',
		messages: ['geodata/sources/report.json: captionLines: array of line numbers expected, 3 found']
	},
	{
		fixture: 'id-file-name-mismatch',
		says: 'an id that differs from its file name is reported, and only that',
		messages: ['geodata/places/old-fort.geojson: properties.id: "old-castle" does not match the file name "old-fort"']
	},
	{
		fixture: 'duplicate-place-id',
		says: 'a place id declared by two files is reported at both (the copy also misnamed)',
		messages: [
			'geodata/places/old-fort-copy.geojson: properties.id: "old-fort" does not match the file name "old-fort-copy"',
			'geodata/places/old-fort-copy.geojson: properties.id: duplicate place id "old-fort", also in geodata/places/old-fort.geojson',
			'geodata/places/old-fort.geojson: properties.id: duplicate place id "old-fort", also in geodata/places/old-fort-copy.geojson'
		]
	},
	{
		fixture: 'coordinate-out-of-range',
		says: 'a latitude beyond 90° is named at its position',
		messages: ['geodata/places/old-fort.geojson: features[0].geometry.coordinates[0][2][1]: latitude 95 is outside −90…90']
	},
	{
		fixture: 'unclosed-ring',
		says: 'a ring whose last position is not its first is unclosed',
		messages: [
			'geodata/places/old-fort.geojson: features[0].geometry.coordinates[0]: ring is not closed: the last position must equal the first'
		]
	},
	{
		fixture: 'clockwise-exterior-ring',
		says: 'a clockwise exterior ring is reported against RFC 7946',
		messages: [
			'geodata/places/old-fort.geojson: features[0].geometry.coordinates[0]: exterior ring is clockwise; RFC 7946 wants counter-clockwise'
		]
	},
	{
		fixture: 'self-intersecting-ring',
		says: 'a lopsided bow-tie is reported as crossing itself, not as clockwise',
		messages: ['geodata/places/old-fort.geojson: features[0].geometry.coordinates[0]: ring crosses itself at [10.006667, 50.003333]']
	},
	{
		fixture: 'anchor-outside-footprint',
		says: 'an anchor outside its footprint is reported at the anchor',
		messages: ['geodata/places/old-fort.geojson: features[1].geometry.coordinates: anchor lies outside the footprint']
	},
	{
		fixture: 'footprint-not-approximate',
		says: 'a footprint that does not say it is approximate is reported',
		messages: [
			'geodata/places/old-fort.geojson: features[0].properties.approximate: must be true: footprints are approximate and say so'
		]
	},
	{
		fixture: 'bad-precision',
		says: 'a precision of 0 m is not a positive number of metres',
		messages: ['geodata/places/old-fort.geojson: features[0].properties.precision_m: positive number of metres expected, 0 found']
	},
	{
		fixture: 'excerpt-offsets-outside-text',
		says: 'an excerpt ending past the text gives the valid range',
		messages: ['geodata/excerpts/report.json: [2].end: integer offset within 0…145 expected, 500 found']
	},
	{
		fixture: 'quote-not-text',
		says: 'a quote that is not the text at its offsets shows the word where they part',
		messages: [
			'geodata/excerpts/report.json: [0].quote: is not the source text at 0…66: from offset 53 the text reads "Harbour Gate.", the quote "Harbor Gate."'
		]
	},
	{
		fixture: 'excerpts-overlap',
		says: 'two excerpts whose spans overlap are reported: each must be one element of the full text',
		messages: ['geodata/excerpts/report.json: [id=fort-only].start: overlaps excerpt "line-1" (0…66): list both places on one excerpt instead']
	},
	{
		fixture: 'excerpt-kind-disagrees',
		says: 'an excerpt of a caption line marked as a paragraph is reported',
		messages: ['geodata/excerpts/report.json: [2].kind: line 3 is a caption, not a paragraph']
	},
	{
		fixture: 'excerpt-unknown-place',
		says: 'an excerpt naming an unknown place is reported, and the place it meant is not called unquoted',
		messages: ['geodata/excerpts/report.json: [0].places[1]: unknown place "harbor-gate"']
	},
	{
		fixture: 'place-without-excerpt',
		says: 'a place that no excerpt names is reported at the place',
		messages: [
			'geodata/places/harbour-gate.geojson: properties.id: place "harbour-gate" has no excerpt: quote the source lines that speak of it'
		]
	},
	{
		fixture: 'layer-unknown-place',
		says: 'a layer naming an unknown place is reported, and the place it meant is not called layerless',
		messages: ['geodata/layers.json: layers[1].places[0]: unknown place "harbor-gate"']
	},
	{
		fixture: 'place-in-no-layer',
		says: 'a place in no layer is reported at the place',
		messages: ['geodata/places/harbour-gate.geojson: properties.id: place "harbour-gate" is in no layer of geodata/layers.json']
	},
	{
		fixture: 'place-in-two-layers',
		says: 'a place in two layers is reported at its second mention',
		messages: ['geodata/layers.json: layers[1].places[0]: place "harbour-gate" is already in layer "fort"']
	},
	{
		fixture: 'arc-unknown-excerpt',
		says: 'an arc naming an unknown excerpt is reported, and the excerpt it meant is not called unlinked',
		messages: ['geodata/layers.json: layers[2].excerpts[0]: unknown excerpt "report/line-9"']
	},
	{
		fixture: 'excerpt-in-nowhere',
		says: 'an excerpt with no places that no arc links would show nowhere',
		messages: ['geodata/excerpts/report.json: [id=line-3].places: empty, and no arc layer links the excerpt: it would show nowhere']
	},
	{
		fixture: 'mentions-missing',
		says: 'an excerpt without its mentions is told to record them',
		messages: ['geodata/excerpts/report.json: [2].mentions: required: the words that name each place ([] when it names none)']
	},
	{
		fixture: 'mention-outside-excerpt',
		says: 'a mention outside its excerpt gives the excerpt\'s range',
		messages: ['geodata/excerpts/report.json: [2].mentions[0].start: integer offset within the excerpt, 113…144, expected, 18 found']
	},
	{
		fixture: 'mention-not-text',
		says: 'a mention whose words are not the text at its offsets shows what the text reads',
		messages: ['geodata/excerpts/report.json: [0].mentions[1].text: is not the source text at 53…65, which reads "Harbour Gate"']
	},
	{
		fixture: 'mention-place-not-in-excerpt',
		says: 'a mention naming a place its excerpt does not list is reported',
		messages: [`geodata/excerpts/report.json: [2].mentions[0].places[1]: "harbour-gate" is not among the excerpt's places: add it there too`]
	},
	{
		fixture: 'mentions-overlap',
		says: 'two mentions whose words overlap are reported: each is one element of the full text',
		messages: ['geodata/excerpts/report.json: [0].mentions[2].start: overlaps mentions[0] (18…26): list all their places on one mention instead']
	},
	{
		fixture: 'place-without-mention',
		says: 'a place an excerpt lists but no mention names is reported at the place',
		messages: ['geodata/excerpts/report.json: [0].places[1]: "harbour-gate" is named by no mention: add the words of the excerpt that name it to mentions']
	},
	{
		fixture: 'source-text-crlf',
		says: 'a source text with CRLF line ends is reported, and its excerpts are not checked against it',
		messages: [
			'geodata/sources/report.txt: has CR (Windows or old Mac) line ends: convert them to "\\n", or offsets drift by one per line'
		]
	},
	{
		fixture: 'source-text-bom',
		says: 'a source text with a byte-order mark is reported',
		messages: ['geodata/sources/report.txt: starts with a byte-order mark: save it as UTF-8 without BOM, or every offset shifts by one']
	},
	{
		fixture: 'source-without-text',
		says: 'source metadata without its text is reported at the metadata',
		messages: ['geodata/sources/report.json: has no text file report.txt beside it']
	},
	{
		fixture: 'text-without-metadata',
		says: 'a source text without its metadata is reported at the text',
		messages: ['geodata/sources/report.txt: has no metadata file report.json beside it']
	},
	{
		fixture: 'excerpts-without-source',
		says: 'excerpts of a source that is not there are reported, and the places they name are not called unquoted',
		messages: ['geodata/excerpts/report.json: no source "report": sources/report.txt and sources/report.json must exist']
	},
	{
		fixture: 'invalid-date',
		says: 'a date that matches YYYY-MM-DD but is not on the calendar is reported',
		messages: ['geodata/sources/report.json: date: "2024-02-30" is not a calendar date: 2024-02 has 29 days']
	},
	{
		fixture: 'url-not-http',
		says: 'a url that is not http(s) is reported',
		messages: ['geodata/sources/report.json: url: must start with http:// or https://']
	},
	{
		fixture: 'several-problems',
		says: 'problems in four files are all reported at once',
		messages: [
			'geodata/sources/report.json: url: must start with http:// or https://',
			'geodata/places/old-fort.geojson: features[0].geometry.coordinates[0]: exterior ring is clockwise; RFC 7946 wants counter-clockwise',
			'geodata/excerpts/report.json: [0].quote: is not the source text at 0…66: from offset 53 the text reads "Harbour Gate.", the quote "Harbor Gate."',
			'geodata/layers.json: layers[1].color: "green" is not a #rrggbb colour'
		]
	}
];

describe('validateDossier says exactly what is wrong and where', () => {
	for (const { fixture, says, messages } of cases) {
		test(says, () => expect(messagesFor(fixture)).toEqual(messages));
	}

	test('a dossier with a problem is not returned at all', () => {
		expect(validateDossier(readGeodataFiles(`${fixtures}/clockwise-exterior-ring`)).dossier).toBeUndefined();
	});

	test('every fixture folder is one of the cases, so none is left untested', () => {
		// dossiers/ holds whole dossiers that browser tests build, articles/ the authoring tool's inputs,
		// basemaps/ the online services' stand-ins: not validator cases.
		const folders = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !['dossiers', 'articles', 'basemaps'].includes(entry.name));
		expect(folders.map((entry) => entry.name).sort()).toEqual(['valid', ...cases.map((c) => c.fixture)].sort());
	});
});

describe('scripts/check-geodata.ts', () => {
	const checkGeodata = (folder: string) =>
		spawnSync(`${project}/node_modules/.bin/tsx`, ['scripts/check-geodata.ts', folder], { cwd: project, encoding: 'utf8' });

	test('lists the problems of a bad dossier on stderr and exits 1, without a stack trace', { timeout: 20_000 }, () => {
		const { status, stderr } = checkGeodata('tests/fixtures/clockwise-exterior-ring');
		expect(status).toBe(1);
		expect(stderr.trimEnd().split('\n')).toEqual([
			'geodata/places/old-fort.geojson: features[0].geometry.coordinates[0]: exterior ring is clockwise; RFC 7946 wants counter-clockwise',
			'geodata: 1 problem found'
		]);
		expect(stderr).not.toMatch(/^ {4}at /m);
	});

	test('says which folder it cannot read and exits 1, without a stack trace', { timeout: 20_000 }, () => {
		const { status, stderr } = checkGeodata('tests/fixtures/no-such-dossier');
		expect(status).toBe(1);
		expect(stderr).toMatch(/^geodata: cannot read tests\/fixtures\/no-such-dossier\/geodata: ENOENT/);
		expect(stderr).not.toMatch(/^ {4}at /m);
	});

	test('passes the valid dossier with exit status 0', { timeout: 20_000 }, () => {
		const { status, stdout, stderr } = checkGeodata('tests/fixtures/valid');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout.trim()).toBe('geodata: ok — 1 source(s), 2 places, 3 excerpts, 3 layers');
	});
});

describe('a place’s native names and gazetteer id', () => {
	const valid = readGeodataFiles(`${fixtures}/valid`);
	const withProperties = (extra: Record<string, unknown>) => {
		const place = JSON.parse(valid['geodata/places/old-fort.geojson']!);
		Object.assign(place.properties, extra);
		return validateDossier({ ...valid, 'geodata/places/old-fort.geojson': JSON.stringify(place) }).problems.map(formatProblem);
	};

	test('no native name is allowed, when no data tags one', () => expect(withProperties({ names: {} })).toEqual([]));

	test('a gazetteer id names its data set', () => {
		expect(withProperties({ gazetteer: 'geonames:2923822' })).toEqual([]);
		expect(withProperties({ gazetteer: 2923822 })).toEqual(['geodata/places/old-fort.geojson: properties.gazetteer: a gazetteer id like "geonames:170654" expected, 2923822 found']);
		expect(withProperties({ names: ['Fort'] })).toEqual([
			'geodata/places/old-fort.geojson: properties.names: object of native names by language tag expected, e.g. {"ar": "دمشق"} ({} when none is known)'
		]);
	});
});
