import { base } from '$app/paths';
import type { Surfaces } from '$lib/data/surfaces';
import type { DossierIndex } from '$lib/data/views';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Reads one of the app's own prerendered JSON files. */
async function read<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	const response = await fetch(`${base}${path}`);
	if (!response.ok) throw new Error(`${base}${path} answered ${response.status}`);
	return (await response.json()) as T;
}

export const load: LayoutLoad = async ({ fetch }) => {
	const [index, surfaces] = await Promise.all([read<DossierIndex>(fetch, '/data/index.json'), read<Surfaces>(fetch, '/data/surfaces.json')]);
	return { index, surfaces };
};
