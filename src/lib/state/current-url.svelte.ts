/**
 * The URL's query string and fragment as the browser has them, set by the layout once mounted.
 * Empty while prerendering, where they are unknown; and since Svelte does not patch `href`s while
 * hydrating, links that carry `?layers=` read it from here and update after mount.
 */
export const currentUrl = $state({ search: '', hash: '' });
