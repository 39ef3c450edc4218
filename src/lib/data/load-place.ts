import { dataPath } from '../url/paths';
import { fetchPageData } from './fetch-json';
import type { PlaceDetail } from './views';

/** A place's data for its page or its embed; an id the dossier lacks is a 404 that names it. */
export async function loadPlace(fetch: typeof globalThis.fetch, base: string, id: string): Promise<{ detail: PlaceDetail }> {
	return { detail: await fetchPageData<PlaceDetail>(fetch, base, dataPath.place(id), `place "${id}"`) };
}
