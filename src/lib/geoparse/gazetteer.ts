// The gazetteer as the geoparser reads it: entries and an index from name keys to entries. Pure:
// the server loader (src/lib/server/geoparse-gazetteer.ts) reads the files and calls buildGazetteer.
import { nameKey } from './names';
import type { GazetteerEntry } from './types';

export interface Gazetteer {
	readonly entries: readonly GazetteerEntry[];
	/** Every entry one of whose names has this key (see nameKey). */
	lookup(key: string): readonly GazetteerEntry[];
	/** The most words any name has: how far a match looks ahead. */
	readonly maxWords: number;
}

/** Names that are codes, not names: IATA/ICAO-like capitals, anything with digits. */
const isCode = (name: string) => /\d/.test(name) || /^[A-Z]{2,4}$/.test(name);

/**
 * Indexes entries by the key of every name they have (primary, ASCII, alternates, other
 * languages'), each counting the same.
 */
export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
	const index = new Map<string, GazetteerEntry[]>();
	let maxWords = 1;
	for (const entry of entries) {
		const keys = new Set<string>();
		for (const name of entry.names) {
			if (isCode(name)) continue;
			const key = nameKey(name);
			if (key.length < 2) continue;
			keys.add(key);
		}
		for (const key of keys) {
			const list = index.get(key);
			if (list) list.push(entry);
			else index.set(key, [entry]);
			const words = key.split(' ').length;
			if (words > maxWords && words <= 6) maxWords = words;
		}
	}
	return { entries, lookup: (key) => index.get(key) ?? [], maxWords };
}
