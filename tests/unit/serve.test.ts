import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byteRange, serveStatic } from '../../scripts/serve.mjs';

describe('byteRange', () => {
	test('a closed range', () => expect(byteRange('bytes=2-5', 10)).toEqual([2, 5]));
	test('an open range runs to the end', () => expect(byteRange('bytes=7-', 10)).toEqual([7, 9]));
	test('a suffix counts from the end', () => expect(byteRange('bytes=-3', 10)).toEqual([7, 9]));
	test('an end past the file is cut to it', () => expect(byteRange('bytes=8-100', 10)).toEqual([8, 9]));
	test('a start past the file cannot be met', () => expect(byteRange('bytes=10-12', 10)).toBe('unsatisfiable'));
	test('no header, or several ranges, ask for the whole file', () => {
		expect(byteRange(undefined, 10)).toBeNull();
		expect(byteRange('bytes=0-1,4-5', 10)).toBeNull();
	});
});

describe('serveStatic answers byte ranges as static hosts do', () => {
	let site: Awaited<ReturnType<typeof serveStatic>>;
	const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
	beforeAll(async () => {
		const root = mkdtempSync(join(tmpdir(), 'serve-'));
		writeFileSync(join(root, 'tiles.pmtiles'), bytes);
		writeFileSync(join(root, '404.html'), 'not here');
		site = await serveStatic({ root });
	});
	afterAll(() => site.close());

	test('206 with exactly the asked bytes and their Content-Range', async () => {
		const response = await fetch(`${site.url}/tiles.pmtiles`, { headers: { range: 'bytes=100-199' } });
		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
		expect(Buffer.from(await response.arrayBuffer()).equals(bytes.subarray(100, 200))).toBe(true);
	});

	test('200 with the whole file and Accept-Ranges without a Range header', async () => {
		const response = await fetch(`${site.url}/tiles.pmtiles`);
		expect(response.status).toBe(200);
		expect(response.headers.get('accept-ranges')).toBe('bytes');
		expect((await response.arrayBuffer()).byteLength).toBe(1000);
	});

	test('416 for a range outside the file', async () => {
		const response = await fetch(`${site.url}/tiles.pmtiles`, { headers: { range: 'bytes=5000-' } });
		expect(response.status).toBe(416);
		expect(response.headers.get('content-range')).toBe('bytes */1000');
	});

	test('a missing file is still a 404, whatever the range', async () => {
		const response = await fetch(`${site.url}/nothing.pmtiles`, { headers: { range: 'bytes=0-9' } });
		expect(response.status).toBe(404);
	});
});
