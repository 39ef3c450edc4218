import { base } from '$app/paths';
import { page } from '$app/state';
import { embedPath, viewHref } from '$lib/url/view-link';
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

/** Whether the page is an embed (`/embed…`), shown compact inside another site's frame. */
export const embedded = (): boolean => page.route.id?.startsWith('/embed') ?? false;

/**
 * The one way to make an internal link: keeps the view parameters (`?layers=`, `?basemap=`), and
 * inside an embed leads to the embed's own views.
 * @example href('/place/damascus') // '/place/damascus?layers=damascus' when layers are set
 */
export function href(path: string, fragment?: string): string {
	return viewHref(base, embedded() ? embedPath(path) : path, view.search, fragment);
}
