import { dataPath } from '../url/paths';
import { fetchJson, fetchPageData } from './fetch-json';
import { needsPlaceList } from './index-rows';
import type { DossierIndex, ListedPlace, PlaceDetail } from './views';

/** A place's data for its page or its embed; an id the dossier lacks is a 404 that names it. */
export async function loadPlace(fetch: typeof globalThis.fetch, base: string, id: string): Promise<{ detail: PlaceDetail }> {
	return { detail: await fetchPageData<PlaceDetail>(fetch, base, dataPath.place(id), `place "${id}"`) };
}

/**
 * The list of every place, for the overview's index, only when a layer holds several places (the
 * index every page carries links the place of a one-place layer itself). Prerendered into the
 * overview alone, so a dossier of N places does not carry N places on each of its N pages.
 */
export async function loadPlaceList(fetch: typeof globalThis.fetch, base: string, index: DossierIndex): Promise<{ places?: ListedPlace[] }> {
	return needsPlaceList(index.layers) ? { places: await fetchJson<ListedPlace[]>(fetch, base, dataPath.places) } : {};
}
