import { error } from '@sveltejs/kit';

/**
 * Reads one of the app's own prerendered JSON files (paths from src/lib/url/paths.ts). An answer
 * that is not OK throws an error naming the file and the status.
 * @param fetch - SvelteKit's `fetch` in a load function (its answers are inlined in the page), or the browser's
 * @param base - SvelteKit's `base` ('' or `/sub/path`)
 */
export async function fetchJson<T>(fetch: typeof globalThis.fetch, base: string, path: string): Promise<T> {
	const url = `${base}${path}`;
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return (await response.json()) as T;
}

/**
 * The data file of one page's subject (a place, a source). Every one the dossier has is
 * prerendered, so a missing file is an id the dossier lacks: the page is a real 404 that says so.
 * @param what - the subject as the error names it, e.g. `place "damascus"`
 */
export async function fetchPageData<T>(fetch: typeof globalThis.fetch, base: string, path: string, what: string): Promise<T> {
	const response = await fetch(`${base}${path}`);
	if (response.status === 404) error(404, `There is no ${what} in this dossier.`);
	if (!response.ok) error(response.status, `The data of ${what} could not be loaded.`);
	return (await response.json()) as T;
}

/** A JSON file, or `fallback` when it cannot be read: for what a page can do without (the list of places on an error page). */
export function fetchJsonOr<T>(fetch: typeof globalThis.fetch, base: string, path: string, fallback: T): Promise<T> {
	return fetchJson<T>(fetch, base, path).catch(() => fallback);
}
