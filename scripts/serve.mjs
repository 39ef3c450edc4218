/**
 * A plain static file server for the built site, behaving as GitHub Pages, S3 or nginx's
 * `try_files $uri $uri.html $uri/index.html =404` do: no rendering, no rewrites beyond that,
 * and `404.html` with status 404 for anything else. Used by `npm run serve`, the tests and the
 * benchmark, so that all of them see what a static host serves.
 *
 * Usage: node scripts/serve.mjs [folder=build] [--port 4173] [--base /sub/path]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.pbf': 'application/x-protobuf',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pmtiles': 'application/vnd.pmtiles',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/**
 * The one byte range a `Range` header asks for (`bytes=a-b`, `bytes=a-`, `bytes=-n`), as
 * [start, end] inclusive within `size`; null when it asks for none, 'unsatisfiable' when it lies
 * outside the file. Several ranges in one header are answered whole (200), which RFC 9110 allows.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {[number, number] | null | 'unsatisfiable'}
 */
export function byteRange(header, size) {
	const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
	if (!match || (match[1] === '' && match[2] === '')) return null;
	if (match[1] === '') {
		const suffix = Number(match[2]);
		return suffix === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
	}
	const start = Number(match[1]);
	const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return [start, end];
}

/** @param {string} path */
async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * Starts a server for `root` mounted at `base` (e.g. '/dossier-map').
 * @param {{ root?: string, port?: number, base?: string, cors?: boolean }} [options]
 *   `cors`: allow every origin to fetch, as a public tile or style host does
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ root = 'build', port = 0, base = '', cors = false } = {}) {
	const folder = resolve(root);
	const server = createServer(async (request, response) => {
		/** @type {string} */
		let pathname;
		try {
			pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		} catch {
			pathname = '/\0';
		}
		/** @type {string | undefined} */
		let file;
		if (pathname.startsWith(`${base}/`) || pathname === base) {
			const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
			const candidate = join(folder, relative);
			if (candidate.startsWith(folder) && !candidate.includes('\0')) {
				for (const path of [candidate, `${candidate}.html`, join(candidate, 'index.html')]) {
					if (await isFile(path)) {
						file = path;
						break;
					}
				}
			}
		}
		const status = file ? 200 : 404;
		file ??= join(folder, '404.html');
		try {
			const body = await readFile(file);
			const headers = {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				// Static hosts (GitHub Pages, Netlify, S3, nginx) answer byte ranges: the PMTiles basemap is read so.
				'accept-ranges': 'bytes',
				...(cors && { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-range, content-length' })
			};
			const range = status === 200 ? byteRange(request.headers.range, body.length) : null;
			if (range === 'unsatisfiable') {
				response.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end();
				return;
			}
			const part = range ? body.subarray(range[0], range[1] + 1) : body;
			response.writeHead(range ? 206 : status, {
				...headers,
				'content-length': part.length,
				...(range && { 'content-range': `bytes ${range[0]}-${range[1]}/${body.length}` })
			});
			response.end(request.method === 'HEAD' ? undefined : part);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		}
	});
	await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}${base}`,
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	/** @param {string} name @param {string} fallback */
	const option = (name, fallback) => {
		const at = args.indexOf(name);
		return at >= 0 ? args[at + 1] : fallback;
	};
	const root = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'build';
	const { url } = await serveStatic({
		root,
		port: Number(option('--port', process.env.PORT ?? '4173')),
		base: option('--base', process.env.BASE_PATH ?? '')
	});
	console.log(`Dossier Map: serving ${root}/ at ${url}/`);
}
