import { dossierLinks } from './links';
import type { Dossier } from './types';

/** A line of a source that names a place (by name, native name or alias). */
export interface Mention {
	source: string;
	/** 1-based. */
	line: number;
	place: string;
	/** The words that name it, as the text has them. */
	term: string;
	linked: boolean;
}

/**
 * Every line of every source that names a known place, and whether an excerpt on that line links
 * it to that place: what `check:geodata --coverage` reports, so no mention is left unlinked by
 * oversight. A line counts once per place, however often it names it.
 */
export function mentions(dossier: Dossier): Mention[] {
	const found: Mention[] = [];
	const links = dossierLinks(dossier);
	// The lines on which an excerpt links each place, as `<source>:<line>`.
	const linkedLines = new Map(dossier.places.map((place) => [place.id, new Set(links.excerptsOfPlace(place.id).map((e) => `${e.source}:${e.line}`))]));
	for (const source of dossier.sources) {
		const lines = source.text.split('\n');
		lines.forEach((text, i) => {
			const line = i + 1;
			for (const place of dossier.places) {
				const term = namesOf(place).map((name) => matchWord(text, name)).find((match) => match !== undefined);
				if (term === undefined) continue;
				const linked = linkedLines.get(place.id)!.has(`${source.id}:${line}`);
				found.push({ source: source.id, line, place: place.id, term, linked });
			}
		});
	}
	return found;
}

function namesOf(place: Dossier['places'][number]): string[] {
	return [place.name, ...place.aliases, ...Object.values(place.names)];
}

/** The text's own spelling of `name` where it stands as whole words, ignoring case. */
function matchWord(text: string, name: string): string | undefined {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
}
