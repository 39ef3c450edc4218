import { base } from '$app/paths';
import { page } from '$app/state';
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
 * The one way to make an internal link: keeps the view parameters (`?layers=`, `?basemap=`).
 * @example href('/place/damascus') // '/place/damascus?layers=damascus' when layers are set
 */
export function href(path: string, fragment?: string): string {
	return viewHref(base, path, view.search, fragment);
}
