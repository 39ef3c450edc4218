import { fold } from '../text/fold';

/** What the Find box can open: a place (by any of its names) or an excerpt (by its words). */
export type SearchEntry =
	| { kind: 'place'; id: string; name: string; terms: string[] }
	| { kind: 'excerpt'; source: string; id: string; quote: string; places: string[]; line: number };

export type SearchHit = SearchEntry & {
	/** The text matched, cut around the match for excerpts: what the result shows. */
	shown: string;
};


/**
 * The entries a query finds: places whose name, native name or alias holds it (Arabic and
 * Cyrillic too), then excerpts that hold it, in the dossier's order.
 * @param limit - at most this many hits @defaultValue 8
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
	const needle = fold(query.trim());
	if (needle.length < 2) return [];
	const hits: SearchHit[] = [];
	for (const entry of entries) {
		if (entry.kind !== 'place') continue;
		const term = entry.terms.find((candidate) => fold(candidate).includes(needle));
		if (term) hits.push({ ...entry, shown: term === entry.name ? entry.name : `${entry.name} (${term})` });
	}
	for (const entry of entries) {
		if (entry.kind !== 'excerpt') continue;
		const at = fold(entry.quote).indexOf(needle);
		if (at >= 0) hits.push({ ...entry, shown: around(entry.quote, at, needle.length) });
	}
	return hits.slice(0, limit);
}

/** A window of the quote around the match, with ellipses where it was cut. */
function around(quote: string, at: number, length: number, context = 40): string {
	// fold() keeps one character per base letter for these scripts, so offsets line up closely enough for a window.
	const start = Math.max(0, at - context);
	const end = Math.min(quote.length, at + length + context);
	return `${start > 0 ? '…' : ''}${quote.slice(start, end)}${end < quote.length ? '…' : ''}`;
}
