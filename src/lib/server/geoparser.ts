// The geoparser bound to its gazetteer, as the authoring commands use it (Node only). The files it
// reads may be replaced for tests: GAZETTEER_FILE (a cities500 dump) and GEOPARSE_GAZETTEER_DIR
// (a folder like gazetteer/).
import type { EntryLookup, Geoparser } from '../authoring/toponyms';
import { geoparse } from '../geoparse';
import type { Gazetteer } from '../geoparse/gazetteer';
import type { Tagged } from '../lang/native-names';
import { GAZETTEER_DIR, loadGeoparseGazetteer, taggedNames } from './geoparse-gazetteer';

export interface BoundGeoparser {
	parse: Geoparser;
	entry: EntryLookup;
}

const gazetteerDir = () => process.env.GEOPARSE_GAZETTEER_DIR ?? GAZETTEER_DIR;

/** The gazetteer (the files the environment names, or the project's), loaded once: the geoparser's and add-place's. */
export const loadGazetteer = (): Gazetteer => loadGeoparseGazetteer({ cities: process.env.GAZETTEER_FILE, dir: process.env.GEOPARSE_GAZETTEER_DIR });

/** Loads the gazetteer once and returns the geoparser over it, with a lookup of entries by id. */
export function loadGeoparser(): BoundGeoparser {
	const gazetteer = loadGazetteer();
	return {
		parse: (text, options) => geoparse(text, gazetteer, options),
		entry: (id) => gazetteer.entry(id)
	};
}

/** GeoNames' language-tagged names of a place (see gazetteer/README.md). */
export const tagged = (geonameid: number): Tagged => taggedNames(geonameid, gazetteerDir());
