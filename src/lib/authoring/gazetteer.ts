import { parseGazetteer, type GazetteerRecord } from '../server/gazetteer';

/**
 * A gazetteer of populated places (GeoNames): what `dossier add-place --geonames` and `dossier
 * suggest` ask. The interface is small so that another source of the same facts can stand in.
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
	/** GeoNames' alternate names, in no stated language. */
	alternateNames: string[];
	/** The name in its country's script (Arabic, Russian), as the map's gazetteer chooses it. */
	native?: { tag: string; name: string };
}

/** A name the gazetteer knows, where a text uses it. */
export interface NameInText {
	/** The words as the text has them. */
	term: string;
	start: number;
	end: number;
	/** The places of that name, most populous first. */
	candidates: Candidate[];
}

export interface Gazetteer {
	/** The places called `name` (its name or ASCII name, any case), most populous first. */
	findByName(name: string, country?: string): Candidate[];
	findById(geonameid: number): Candidate | undefined;
	/** Each use in `text` of a gazetteer name, capitalised as a proper name is. */
	namesIn(text: string): NameInText[];
}

/** Longest place name, in words, that `namesIn` looks for ("Sant Julià de Lòria" is four). */
const MAX_WORDS = 4;

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
			featureCode: record.featureCode,
			alternateNames: [...record.alternates],
			...(record.native && { native: record.native })
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
	return {
		findByName,
		findById: (geonameid) => byId.get(geonameid),
		namesIn(text) {
			const found: NameInText[] = [];
			// Runs of capitalised words: a sentence's first word is one too, so "Many" may match a village;
			// the author decides.
			const words = [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)];
			for (let i = 0; i < words.length; i++) {
				for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
					const first = words[i]!;
					const last = words[i + n - 1]!;
					const start = first.index;
					const end = last.index + last[0].length;
					const term = text.slice(start, end);
					// Words of a multi-word name stand apart by spaces or small words ("de", "on"), not by a line end.
					if (n > 1 && !/^[\p{L}\p{M}'’ -]+$/u.test(term)) continue;
					const candidates = findByName(term);
					if (candidates.length === 0) continue;
					found.push({ term, start, end, candidates });
					i += n - 1;
					break;
				}
			}
			return found;
		}
	};
}
