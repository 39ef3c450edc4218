import { describe, expect, test } from 'vitest';
import { citation } from '../../src/lib/data/citation';
import { quoteRuns, sourceLines } from '../../src/lib/data/segments';
import type { Excerpt } from '../../src/lib/data/types';

const text = 'A fort by the sea.\nBoats at the Harbour Gate, and more.\nThe fort from the air';
const excerpt = (id: string, start: number, end: number, line: number, kind: Excerpt['kind'] = 'paragraph'): Excerpt => ({
	id,
	source: 's',
	places: ['p'],
	start,
	end,
	quote: text.slice(start, end),
	kind,
	line,
	mentions: []
});

describe('sourceLines', () => {
	test('cuts each line into plain runs and excerpts, keeping every character once', () => {
		const gate = excerpt('gate', text.indexOf('Harbour Gate'), text.indexOf('Harbour Gate') + 12, 2);
		const air = excerpt('air', text.indexOf('The fort'), text.length, 3, 'caption');
		const lines = sourceLines(text, [3], [air, gate]);
		expect(lines.map((line) => line.kind)).toEqual(['paragraph', 'paragraph', 'caption']);
		expect(lines[1]!.segments).toEqual([
			{ text: 'Boats at the ' },
			{ text: 'Harbour Gate', excerpt: gate, runs: [{ text: 'Harbour Gate' }] },
			{ text: ', and more.' }
		]);
		expect(lines[2]!.segments).toEqual([{ text: 'The fort from the air', excerpt: air, runs: [{ text: 'The fort from the air' }] }]);
		expect(lines.map((line) => line.segments.map((segment) => segment.text).join('')).join('\n')).toBe(text);
	});

	test('a line without excerpts is one plain run, even when empty', () => {
		expect(sourceLines('one\n\ntwo', [], []).map((line) => line.segments)).toEqual([[{ text: 'one' }], [{ text: '' }], [{ text: 'two' }]]);
	});
});

describe('quoteRuns', () => {
	const start = text.indexOf('Boats');
	const quote = 'Boats at the Harbour Gate, and more.';
	const gate = { places: ['gate'], start: start + 13, end: start + 25, text: 'Harbour Gate' };
	const boats = { places: ['boats', 'gate'], start, end: start + 5, text: 'Boats' };
	const line = { start, quote, mentions: [boats, gate] };

	test('cuts a quote into plain runs and its mentions, keeping every character once', () => {
		expect(quoteRuns(line)).toEqual([
			{ text: 'Boats', mention: boats },
			{ text: ' at the ' },
			{ text: 'Harbour Gate', mention: gate },
			{ text: ', and more.' }
		]);
	});

	test('given a place, only the words that name it are runs of their own', () => {
		expect(quoteRuns(line, 'boats').map((run) => [run.text, !!run.mention])).toEqual([
			['Boats', true],
			[' at the Harbour Gate, and more.', false]
		]);
		expect(quoteRuns({ ...line, mentions: [] })).toEqual([{ text: quote }]);
	});
});

describe('citation', () => {
	test('quotes exactly, names the source, the places and the link', () => {
		const source = { title: 'The fort is held', publisher: null, date: '2024-12', url: null };
		expect(citation({ quote: 'Boats at the Harbour Gate', line: 2 }, source, ['Harbour Gate'], 'https://x.test/source/s#gate')).toBe(
			'“Boats at the Harbour Gate” — The fort is held (publisher not known, 2024-12), line 2. Place: Harbour Gate. https://x.test/source/s#gate'
		);
	});
});
