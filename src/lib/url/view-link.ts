/**
 * The query parameters that belong to the reader's view rather than to a page: which layers show
 * and which basemap draws them. Every internal link keeps them, so a reader who hid a layer or
 * chose imagery keeps that on the way from page to page.
 */
export const VIEW_PARAMS = ['layers', 'basemap'] as const;

/**
 * The view parameters of a query string, in `VIEW_PARAMS` order, as a query string ('' for none).
 * Commas stay literal (`?layers=a,b`), as the app writes them.
 * @example viewQuery('?q=x&layers=damascus&utm=1') // '?layers=damascus'
 */
export function viewQuery(search: string): string {
	const from = new URLSearchParams(search);
	const kept = VIEW_PARAMS.flatMap((key) => {
		const value = from.get(key);
		return value === null ? [] : [`${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`];
	});
	return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/**
 * An internal link: the app's base path, a route path, the current view's parameters, and an
 * optional fragment (an element id, encoded).
 * @param base - SvelteKit's `base` ('' or `/sub/path`)
 * @param path - a route path starting with `/`
 * @param search - the current query string, from which only the view parameters are kept
 * @example viewHref('', '/place/damascus', '?layers=damascus') // '/place/damascus?layers=damascus'
 */
export function viewHref(base: string, path: string, search: string, fragment?: string): string {
	return `${base}${path}${viewQuery(search)}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
}
