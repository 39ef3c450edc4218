import { linkDossier } from './links';
import type { Excerpt, Place, Source } from './types';

/** Words of a source that name a place (its name, a native name or an alias). */
export interface NameUse {
	source: string;
	/** 1-based. */
	line: number;
	place: string;
	/** The words that name it, as the text has them. */
	term: string;
	/** Absolute offsets into the source text, like a mention's. */
	start: number;
	end: number;
	/** Whether a mention of that place covers these words. */
	linked: boolean;
}

type Named = Pick<Place, 'id' | 'name' | 'aliases' | 'names'>;

/**
 * Every use of a known place's names in every source, and whether a mention of that place covers
 * it: what `check:geodata --coverage` and `dossier suggest` report, so no name is left unlinked by
 * oversight. It takes the parts as they are, so an author's tool can ask it of a dossier that is
 * not yet valid (a place just added, not yet linked).
 */
export function nameUses(dossier: { sources: readonly Pick<Source, 'id' | 'text'>[]; places: readonly Named[]; excerpts: readonly Excerpt[] }): NameUse[] {
	const found: NameUse[] = [];
	const links = linkDossier({ places: [], excerpts: [...dossier.excerpts], layers: [] });
	for (const source of dossier.sources) {
		let offset = 0;
		source.text.split('\n').forEach((text, i) => {
			for (const place of dossier.places) {
				const covered = links.mentionsOfPlace(place.id).filter(({ excerpt }) => excerpt.source === source.id);
				for (const { start, end } of namesOnLine(text, place)) {
					const at = { start: offset + start, end: offset + end };
					const linked = covered.some(({ mention }) => mention.start <= at.start && at.end <= mention.end);
					found.push({ source: source.id, line: i + 1, place: place.id, term: text.slice(start, end), ...at, linked });
				}
			}
			offset += text.length + 1;
		});
	}
	return found;
}

/** Where a place's names stand as whole words in a text, ignoring case; of overlapping ones the longest. */
export function namesOnLine(text: string, place: Omit<Named, 'id'>): { start: number; end: number }[] {
	const matches: { start: number; end: number }[] = [];
	for (const name of new Set([place.name, ...place.aliases, ...Object.values(place.names)])) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
			matches.push({ start: match.index, end: match.index + match[0].length });
		}
	}
	matches.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: { start: number; end: number }[] = [];
	for (const match of matches) if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
	return kept;
}
