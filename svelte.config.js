import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';

/** A sub-path such as `/dossier-map` when the site is not served from the host's root. */
const base = process.env.BASE_PATH ?? '';

/**
 * The online basemaps a reader may choose (`BASEMAPS_FILE`, default basemaps.json) are the only
 * other origins the app may talk to. The build checks the file whole (src/lib/server/basemaps.ts);
 * this only collects the origins each entry loads from, for the CSP.
 */
function basemapOrigins() {
	const file = process.env.BASEMAPS_FILE ?? 'basemaps.json';
	let list;
	try {
		list = JSON.parse(readFileSync(file, 'utf8')).basemaps;
	} catch (error) {
		throw new Error(`${file}: ${error instanceof Error ? error.message : error}`);
	}
	const origin = (url) => {
		try {
			return [new URL(url.replaceAll(/\{[a-z]+\}/g, '0')).origin];
		} catch {
			return [];
		}
	};
	const origins = (Array.isArray(list) ? list : []).flatMap((basemap) => [
		...origin(String(basemap?.url ?? basemap?.tiles ?? '')),
		...(Array.isArray(basemap?.origins) ? basemap.origins.flatMap((o) => origin(String(o))) : [])
	]);
	return [...new Set(origins)].sort();
}
const basemapOrigin = basemapOrigins();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// BUILD_DIR lets tests build other dossiers (DOSSIER_DIR) or sub-paths without touching build/.
		// No SPA fallback: static hosts serve the prerendered /404 route, build/404.html, for unknown paths.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', strict: true }),
		paths: {
			base,
			// Absolute asset paths: the 404 page is served at any depth, where relative ones would break.
			relative: false
		},
		// The coast tile set is read by MapLibre with byte ranges, never linked: it is listed to be built.
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/basemap/coast.pmtiles'] },
		// The app's own CSS is small: inlined, it cannot hold back the first paint of the text.
		inlineStyleThreshold: 32 * 1024,
		// Strict CSP: scripts only from the origin or with the hash SvelteKit computes for its one
		// inline bootstrap; styles may be inline because Svelte sets style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:', ...basemapOrigin],
				'font-src': ['self'],
				'connect-src': ['self', ...basemapOrigin],
				// MapLibre's worker is a same-origin file (setWorkerUrl), never a blob.
				'worker-src': ['self'],
				'child-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
