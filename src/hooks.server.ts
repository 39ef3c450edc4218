import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { dynamicImportFiles } from '$lib/server/client-manifest';
import { deferBootstrap } from '$lib/server/defer-bootstrap';

let mapModules: string[] | undefined;

/**
 * Every page is prerendered text first: no modulepreload links in its head (the browser would fetch
 * and compile the app's modules while it paints the text), and a bootstrap that starts after the
 * first paint. At that moment the bootstrap asks for all the page's modules at once, and for the
 * map's (MapLibre, which the app imports dynamically), instead of finding them import by import.
 */
export const handle: Handle = ({ event, resolve }) => {
	mapModules ??= dynamicImportFiles('src/lib/map/MapView.svelte').map((file) => `${base}/${file}`);
	const modules = new Set<string>();
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type === 'js') modules.add(path);
			return type === 'css';
		},
		transformPageChunk: ({ html }) => (html.includes('document.currentScript') ? deferBootstrap(html, [...modules, ...mapModules!]) : html)
	});
};
