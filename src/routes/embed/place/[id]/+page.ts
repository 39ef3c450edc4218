import { base } from '$app/paths';
import { loadPlace } from '$lib/data/load-place';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, fetch }) => loadPlace(fetch, base, params.id);
