import { base } from '$app/paths';
import type { DossierIndex } from '$lib/data/views';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const load: LayoutLoad = async ({ fetch }) => {
	const response = await fetch(`${base}/data/index.json`);
	if (!response.ok) throw new Error(`${base}/data/index.json answered ${response.status}`);
	return { index: (await response.json()) as DossierIndex };
};
