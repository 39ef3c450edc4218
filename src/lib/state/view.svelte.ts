import { base } from '$app/paths';
import { page } from '$app/state';
import { isEmbed } from '$lib/data/route-view';
import { embedPath } from '$lib/url/paths';
import { viewHref } from '$lib/url/view-link';
import { script } from './script.svelte';

/**
 * The URL's query and fragment, read from SvelteKit's page state once the script runs. Prerendering
 * cannot know them (and a prerendered page may not read them), and hydration must see the HTML
 * as it was rendered: so they are '' until then, and links update once the layout has mounted.
 */
export const view = {
	get search(): string {
		return script.runs ? page.url.search : '';
	},
	get hash(): string {
		return script.runs ? page.url.hash : '';
	}
};

/**
 * The one way to make an internal link: keeps the view parameters (`?layers=`, `?basemap=`), and
 * inside an embed leads to the embed's own views.
 * @param path - a route path, made by src/lib/url/paths.ts
 * @example href(placePath('damascus')) // '/place/damascus?layers=damascus' when layers are set
 */
export function href(path: string, fragment?: string): string {
	return viewHref(base, isEmbed(page.route.id) ? embedPath(path) : path, view.search, fragment);
}

/** The full page of an embed's view, for "open the full map": the same view parameters and camera. */
export function fullPageHref(path: string): string {
	return `${viewHref(base, path, view.search)}${view.hash}`;
}
