import { parseGazetteer, type GazetteerRecord } from '../server/gazetteer';

/**
 * A gazetteer of populated places (GeoNames): what `dossier add-place --geonames` asks (the
 * geoparser, which `suggest` and `draft` use, has its own in src/lib/geoparse/). The interface is small so that another source of the same facts can stand in.
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
	/** The places called `name` (its name or ASCII name, any case), most populous first. */
	findByName(name: string, country?: string): Candidate[];
	findById(geonameid: number): Candidate | undefined;
}

/**
 * A gazetteer over GeoNames' tab-separated dump (cities500.txt), read by the map's own reader
 * (server/gazetteer.ts), so the authoring tool and the map's context see the same places.
 */
export function parseGeoNames(tsv: string): Gazetteer {
	return gazetteerOf(parseGazetteer(tsv));
}

/** The lookups over a list of GeoNames records. */
export function gazetteerOf(records: readonly GazetteerRecord[]): Gazetteer {
	const byName = new Map<string, Candidate[]>();
	const byId = new Map<number, Candidate>();
	for (const record of records) {
		const candidate: Candidate = {
			geonameid: record.geonameid,
			name: record.name,
			country: record.country,
			population: record.population,
			coordinates: [record.lon, record.lat],
			featureCode: record.featureCode
		};
		byId.set(candidate.geonameid, candidate);
		for (const key of new Set([candidate.name.toLowerCase(), record.ascii.toLowerCase()])) {
			const list = byName.get(key);
			if (list) list.push(candidate);
			else byName.set(key, [candidate]);
		}
	}
	for (const list of byName.values()) list.sort((a, b) => b.population - a.population);

	const findByName = (name: string, country?: string) =>
		(byName.get(name.trim().toLowerCase()) ?? []).filter((candidate) => country === undefined || candidate.country === country.toUpperCase());
	return { findByName, findById: (geonameid) => byId.get(geonameid) };
}
