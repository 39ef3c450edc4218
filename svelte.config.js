import adapter from '@sveltejs/adapter-static';
import { tsImport } from 'tsx/esm/api';

/** A sub-path such as `/dossier-map` when the site is not served from the host's root. */
const base = process.env.BASE_PATH ?? '';

/**
 * The online basemaps a reader may choose (`BASEMAPS_FILE`, default basemaps.json) are the only
 * other origins the app may talk to: the same checked list the build serves (src/lib/server/basemaps.ts).
 */
const { cspOrigins } = await tsImport('./src/lib/server/basemaps.ts', import.meta.url);
const basemapOrigin = cspOrigins();

/** Without the site's public address, no page names a place's preview picture, and none is drawn (src/routes/og/place). */
const { publicSiteUrl } = await tsImport('./src/lib/server/site.ts', import.meta.url);
const PREVIEWS = '/og/place/[id].png';

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
		prerender: {
			// Pages in flight at once: while one waits for its PNG (drawn in a worker thread,
			// src/lib/server/png.ts) the next is rendered, so both cores work.
			concurrency: 4,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// The coast tile set is read by MapLibre with byte ranges, never linked: it is listed to be built.
			entries: ['*', '/basemap/coast.pmtiles'],
			handleUnseenRoutes: ({ routes, message }) => {
				if (publicSiteUrl === null && routes.every((route) => route === PREVIEWS)) return;
				throw new Error(message);
			}
		},
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
