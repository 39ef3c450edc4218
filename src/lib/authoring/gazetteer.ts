import type { Gazetteer as GeoparseGazetteer } from '../geoparse/gazetteer';
import { nameKey } from '../geoparse/names';
import type { GazetteerEntry } from '../geoparse/types';

/**
 * The populated places of GeoNames that `dossier add-place --geonames` asks for, looked up in the
 * geoparser's gazetteer (src/lib/geoparse/gazetteer.ts), the one index of names: add-place,
 * `suggest` and `draft` find a name the same way. The interface is small so that another source
 * of the same facts can stand in.
 */
export interface Candidate {
	geonameid: number;
	name: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	population: number;
	/** `[longitude, latitude]`, as GeoJSON has them. */
	coordinates: [number, number];
	/** GeoNames feature code: PPL, PPLA, PPLC, … */
	featureCode: string;
}

export interface Gazetteer {
	/** The places called `name` (any of their names, case and accents aside), most populous first. */
	findByName(name: string, country?: string): Candidate[];
	findById(geonameid: number): Candidate | undefined;
}

const GEONAMES = 'geonames:';

function candidateOf(entry: GazetteerEntry): Candidate | undefined {
	if (!entry.id.startsWith(GEONAMES) || entry.kind !== 'populated place') return undefined;
	return {
		geonameid: Number(entry.id.slice(GEONAMES.length)),
		name: entry.name,
		country: entry.country ?? '',
		population: entry.population,
		coordinates: [entry.lon, entry.lat],
		featureCode: entry.featureCode ?? ''
	};
}

/**
 * GeoNames' populated places of the geoparser's gazetteer, by name or id.
 * @example geonamesPlaces(gazetteer).findByName('Jableh', 'SY')[0] // { geonameid: 169304, name: 'Jablah', … }
 */
export function geonamesPlaces(gazetteer: GeoparseGazetteer): Gazetteer {
	return {
		findByName(name, country) {
			const wanted = country?.toUpperCase();
			return gazetteer
				.lookup(nameKey(name))
				.flatMap((entry) => candidateOf(entry) ?? [])
				.filter((candidate) => wanted === undefined || candidate.country === wanted)
				.sort((a, b) => b.population - a.population || a.geonameid - b.geonameid);
		},
		findById: (geonameid) => {
			const entry = gazetteer.entry(`${GEONAMES}${geonameid}`);
			return entry && candidateOf(entry);
		}
	};
}
