import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8, prepareSourceText } from '$lib/authoring/source-text';
import { formatJson } from '$lib/authoring/workspace';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('prepareSourceText', () => {
	test('drops a byte-order mark and turns CR LF into LF, saying what it did', () => {
		expect(prepareSourceText(new TextEncoder().encode('\uFEFFone\r\ntwo\r\n'))).toEqual({
			ok: true,
			text: 'one\ntwo\n',
			changes: ['removed the byte-order mark', 'turned 2 CR LF line ends into LF']
		});
		expect(prepareSourceText(new TextEncoder().encode('دمشق\n'))).toEqual({ ok: true, text: 'دمشق\n', changes: [] });
	});

	test('finds the first byte that is not UTF-8: stray, truncated, overlong or a surrogate', () => {
		expect(firstInvalidUtf8(new TextEncoder().encode('Café, دمشق, 🗺'))).toBeUndefined();
		expect(firstInvalidUtf8(bytes(0x41, 0xe9, 0x42))).toBe(1);
		expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1);
		expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
		expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
		expect(firstInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
	});
});

test('formatJson writes JSON as by hand: arrays of scalars and positions on one line', () => {
	expect(formatJson({ a: [1, 2], b: { c: [[1, 2], [3, 4]] }, d: [], e: [{ f: 'x, y' }] })).toBe(
		'{\n  "a": [1, 2],\n  "b": {\n    "c": [[1, 2], [3, 4]]\n  },\n  "d": [],\n  "e": [\n    {\n      "f": "x, y"\n    }\n  ]\n}\n'
	);
});
