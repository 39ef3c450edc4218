import type { Handle } from '@sveltejs/kit';
import { deferBootstrap } from '$lib/server/defer-bootstrap';

/**
 * Every page is prerendered text first: no modulepreload links (the browser would fetch and
 * compile the app's modules while it paints the text), and a bootstrap that starts after the
 * first paint. The modules are small and same-origin; fetched then, they cost a few milliseconds.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => (html.includes('document.currentScript') ? deferBootstrap(html) : html)
	});
