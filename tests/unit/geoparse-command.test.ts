import { expect, test } from 'vitest';
import { describeToponyms, geoparseFiles } from '$lib/authoring/geoparse-command';
import type { Geoparser } from '$lib/authoring/toponyms';

// A stand-in geoparser that finds "Fulda" wherever it is, so the command's own work shows: the
// text it is given, the exact JSON shape, and the lines for people.
const parse: Geoparser = (text) =>
	[...text.matchAll(/Fulda/g)].map((match) => ({
		start: match.index,
		end: match.index + 5,
		text: 'Fulda',
		kind: 'populated place',
		place: { id: 'geonames:2923822', name: 'Fulda', kind: 'populated place', country: 'DE', lat: 50.55162, lon: 9.67518 },
		confidence: 0.9,
		alternatives: [{ id: 'geonames:5027555', name: 'Fulda', kind: 'populated place', country: 'US', lat: 43.87052, lon: -95.60029, reason: 'in a country the text does not name' }]
	}));

test('offsets are into the text as add-source stores it: no byte-order mark, LF line ends', () => {
	const bytes = new TextEncoder().encode('\uFEFFTo Fulda\r\nFrom Fulda\r\n');
	const { results } = geoparseFiles([{ file: 'a.txt', bytes }], parse);
	const stored = 'To Fulda\nFrom Fulda\n';
	expect(results[0]!.toponyms.map((t) => [t.start, t.end])).toEqual([
		[3, 8],
		[14, 19]
	]);
	for (const toponym of results[0]!.toponyms) expect(stored.slice(toponym.start, toponym.end)).toBe(toponym.text);
});

test('--json has exactly the fields of the contract: place and alternatives as places, no more', () => {
	const { results } = geoparseFiles([{ file: 'a.txt', bytes: new TextEncoder().encode('Fulda') }, { file: 'b.txt', bytes: new Uint8Array() }], parse);
	expect(JSON.parse(JSON.stringify(results))).toEqual([
		{
			file: 'a.txt',
			toponyms: [
				{
					start: 0,
					end: 5,
					text: 'Fulda',
					place: { id: 'geonames:2923822', name: 'Fulda', kind: 'populated place', country: 'DE', lat: 50.55162, lon: 9.67518 },
					confidence: 0.9,
					alternatives: [{ id: 'geonames:5027555', name: 'Fulda', kind: 'populated place', country: 'US', lat: 43.87052, lon: -95.60029 }]
				}
			]
		},
		{ file: 'b.txt', toponyms: [] }
	]);
});

test('people read one line a name, with its line number and what was set aside', () => {
	const { results, texts } = geoparseFiles([{ file: 'a.txt', bytes: new TextEncoder().encode('North\nTo Fulda') }], parse);
	expect(describeToponyms(results, texts)).toEqual([
		'a.txt: 1 place name',
		'a.txt:2: "Fulda" (9…14) → Fulda, populated place, DE, 50.55162, 9.67518 (geonames:2923822), confidence 0.90; set aside: Fulda, populated place, US, 43.87052, -95.60029 (geonames:5027555)'
	]);
});

test('a file that is not UTF-8 is refused, naming it', () => {
	expect(() => geoparseFiles([{ file: 'latin1.txt', bytes: new Uint8Array([0x41, 0xe9]) }], parse)).toThrow(/^latin1\.txt: is not UTF-8: byte 1/);
});
