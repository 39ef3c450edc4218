import { json } from '@sveltejs/kit';
import { siteUrl, type Surfaces } from '$lib/data/surfaces';

export const prerender = true;

/** What every page needs for its link previews: small, the same for every page, read once by the layout. */
export function GET() {
	return json({ siteUrl: siteUrl(process.env.PUBLIC_SITE_URL) } satisfies Surfaces);
}
