/**
 * What a first view costs in bytes: JavaScript (gzip, split into MapLibre and the app's own),
 * basemap and glyph bytes. The files are read from the served folder and gzipped here (zlib,
 * level 6, as a static host compresses on the fly), so the figures do not depend on the server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 6 }).length;

/**
 * Where MapLibre sits inside a JS file, if it does: [start, end) byte offsets, or null.
 * The bundler (Vite 8 / Rolldown) puts MapLibre's single ESM module in one piece in a chunk that
 * also holds the app's MapView, Turf and style code. MapLibre's module ends with its
 * `setWorkerUrl` (`function x(e){y.WORKER_URL=e}`), the one tail function the app keeps; it starts
 * after the chunk's import statements. A file that is all MapLibre (e.g. a `manualChunks` split,
 * or the worker) is counted whole.
 */
export function maplibreRange(text) {
	if (!text.includes('MapLibre') && !text.includes('maplibre')) return null;
	const ends = [...text.matchAll(/function [\w$]+\([\w$]+\)\{[\w$]+\.WORKER_URL=[\w$]+\}/g)];
	if (ends.length === 0 || text.length < 200_000) return null;
	const last = ends[ends.length - 1];
	const imports = /^(?:\s*import\s*(?:[^;'"`]*?from\s*)?["'][^"']+["'];?)*/.exec(text)?.[0].length ?? 0;
	return [imports, last.index + last[0].length];
}

/**
 * @param {string} root - the served folder
 * @param {string[]} urls - pathnames of the JS files a page loaded
 */
export function jsWeight(root, urls) {
	const files = [];
	let maplibre = 0;
	let app = 0;
	for (const url of [...new Set(urls)].sort()) {
		const text = readFileSync(join(root, decodeURIComponent(url)), 'utf8');
		const total = gzip(Buffer.from(text));
		const worker = /maplibre-gl-worker/.test(url);
		const range = worker ? [0, text.length] : maplibreRange(text);
		let own = total;
		let lib = 0;
		if (range) {
			const [start, end] = range;
			lib = gzip(Buffer.from(text.slice(start, end)));
			own = range[0] === 0 && range[1] === text.length ? 0 : gzip(Buffer.from(text.slice(0, start) + text.slice(end)));
		}
		maplibre += lib;
		app += own;
		files.push({ url, bytes: Buffer.byteLength(text), gzip: total, maplibreGzip: lib, appGzip: own, worker });
	}
	return { files, maplibreGzip: maplibre, appGzip: app };
}

/**
 * Bytes of the responses whose pathname starts with `prefix` (as served, uncompressed): a whole
 * file once however often it was asked for, a byte-range request (the PMTiles basemap) as the
 * bytes of its range, each range once.
 * @param {string} root
 * @param {{ path: string, range?: string }[]} requests
 * @param {string} prefix
 */
export function fetchedBytes(root, requests, prefix) {
	let bytes = 0;
	let gz = 0;
	const seen = new Set();
	for (const { path, range } of requests.filter((r) => r.path.startsWith(prefix))) {
		const key = `${path} ${range ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const body = readFileSync(join(root, decodeURIComponent(path)));
		const match = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
		const part = match ? body.subarray(Number(match[1]), Number(match[2]) + 1) : body;
		bytes += part.length;
		gz += gzip(part);
	}
	return { count: seen.size, bytes, gzip: gz };
}
