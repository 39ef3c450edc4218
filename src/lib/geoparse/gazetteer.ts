// The gazetteer as the geoparser reads it: entries and an index from name keys to entries. Pure:
// the server loader (src/lib/server/geoparse-gazetteer.ts) reads the files and calls buildGazetteer.
import { abbreviationKey, nameKey } from './names';
import type { GazetteerEntry } from './types';

export interface Gazetteer {
	readonly entries: readonly GazetteerEntry[];
	/** Every entry one of whose names has this key (see nameKey, abbreviationKey). */
	lookup(key: string): readonly GazetteerEntry[];
	/** The entry of this id (`geonames:170654`, `ne-admin1:…`). */
	entry(id: string): GazetteerEntry | undefined;
	/** Countries by the key of an adjective that names them ("russian" → Russia). */
	adjective(key: string): readonly GazetteerEntry[];
	/** The most words any name has: how far a match looks ahead. */
	readonly maxWords: number;
	/** Lower-case English dictionary words ("county", "street", "mobile"): a capitalised one alone
	 * is a place only when something else says so. */
	readonly commonWords: ReadonlySet<string>;
}

const ARABIC_WORD = /^[\u0600-\u06ff]+$/;
/** Letters of the Arabic script that the Arabic language does not write (Persian ی and ک, پ, چ,
 * گ, Urdu ے…): a name holding one is another language's, and folded into Arabic letters it
 * would make Arabic words ("نینا", "سیر") into places they never name. */
const NOT_ARABIC_LANGUAGE = /[\u0672-\u06ef\u06fa-\u06ff]/;

/** The Arabic nisba adjective of a one-word country name: سوريا → سوري, لبنان → لبناني, العراق →
 * عراقي, كندا → كندي (the article and a final alif dropped, ي added unless there). */
export function arabicAdjective(key: string): string {
	const bare = key.startsWith('ال') ? key.slice(2) : key;
	const stem = bare.endsWith('ا') ? bare.slice(0, -1) : bare;
	return stem.endsWith('ي') ? stem : stem + 'ي';
}

/** Names that are codes, not names: IATA/ICAO-like capitals, anything with digits. */
const isCode = (name: string) => /\d/.test(name) || /^[A-Z]{2,4}$/.test(name);

/**
 * Indexes entries by the key of every name they have (primary, ASCII, alternates, other
 * languages'), each counting the same. A country's abbreviations ("US", "U.K.") are indexed by
 * abbreviationKey, case kept, so that the pronoun "us" is not the United States.
 */
export function buildGazetteer(entries: readonly GazetteerEntry[], commonWords: ReadonlySet<string> = new Set()): Gazetteer {
	const index = new Map<string, GazetteerEntry[]>();
	const adjectives = new Map<string, GazetteerEntry[]>();
	const push = (map: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry) => {
		const list = map.get(key);
		if (!list) map.set(key, [entry]);
		else if (list[list.length - 1] !== entry) list.push(entry);
	};
	let maxWords = 1;
	const keysOf = (entry: GazetteerEntry) => {
		const keys = new Set<string>();
		for (const name of entry.names) {
			const abbreviation = entry.kind === 'country' ? abbreviationKey(name) : undefined;
			if (abbreviation) keys.add(abbreviation);
			else if (!isCode(name) && !NOT_ARABIC_LANGUAGE.test(name)) {
				const key = nameKey(name);
				if (key.length >= 2) keys.add(key);
			}
		}
		return keys;
	};
	for (const entry of entries) {
		for (const key of keysOf(entry)) {
			push(index, key, entry);
			const words = key.split(' ').length;
			if (words > maxWords && words <= 6) maxWords = words;
		}
		for (const adjective of entry.adjectives ?? []) push(adjectives, nameKey(adjective), entry);
		if (entry.kind === 'country') for (const name of entry.names) if (ARABIC_WORD.test(name)) push(adjectives, arabicAdjective(nameKey(name)), entry);
	}
	// A region named after its seat (the governorate of Homs, Homs) is known by the seat's names
	// too: Natural Earth has the region's English name only, GeoNames the town's in every language.
	for (const region of entries) {
		if (region.kind !== 'region') continue;
		const own = keysOf(region);
		for (const key of own) {
			const seat = index.get(key)?.find((e) => e.kind === 'populated place' && e.country === region.country && (e.featureCode === 'PPLA' || e.featureCode === 'PPLC'));
			if (!seat) continue;
			for (const k of keysOf(seat)) if (!own.has(k)) push(index, k, region);
			break;
		}
	}
	let byId: Map<string, GazetteerEntry> | undefined;
	const entry = (id: string) => (byId ??= new Map(entries.map((e) => [e.id, e]))).get(id);
	return { entries, lookup: (key) => index.get(key) ?? [], entry, adjective: (key) => adjectives.get(key) ?? [], maxWords, commonWords };
}
