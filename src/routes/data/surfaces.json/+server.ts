import { json } from '@sveltejs/kit';
import type { Surfaces } from '$lib/data/surfaces';
import { publicSiteUrl } from '$lib/server/site';

export const prerender = true;

/** What every page needs for its link previews: small, the same for every page, read once by the layout. */
export function GET() {
	return json({ siteUrl: publicSiteUrl } satisfies Surfaces);
}
