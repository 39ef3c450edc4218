import { nameUses } from '../data/coverage';
import type { Excerpt } from '../data/types';
import type { GeodataFiles } from '../data/validate';
import { describeCandidate } from './add-place';
import type { Gazetteer } from './gazetteer';
import { linkSpan, occurrences } from './link';
import { excerptsFile, formatJson, idsIn, lineAt, placeFile, readExcerpts, readJson, readSource, Refusal, sourceText, type Outcome } from './workspace';

interface PlaceNames {
	id: string;
	name: string;
	aliases: string[];
	names: Record<string, string>;
}

/**
 * `dossier suggest <source-id> [--write]`: the names of dossier places the text uses that no
 * mention links, and the names of populated places the gazetteer knows that the dossier has not.
 * With `--write` it links the first kind; it only ever adds links, never changes an author's.
 */
export function suggest(files: GeodataFiles, options: { source: string; write: boolean }, gazetteer: () => Gazetteer): Outcome {
	const { source, write } = options;
	const { text } = readSource(files, source);
	const places = idsIn(files, 'places', '.geojson').map((id) => placeNames(files, id));
	const excerpts = readExcerpts(files, source);
	const asExcerpts = excerpts.map((excerpt) => ({ ...excerpt, source, line: lineAt(text, excerpt.start).line }) as Excerpt);
	const unlinked = nameUses({ sources: [{ id: source, text }], places, excerpts: asExcerpts }).filter((use) => !use.linked);

	const report: string[] = [];
	let written = 0;
	for (const use of unlinked) {
		const file = `${sourceText(source)}:${use.line}`;
		const nth = occurrences(text, use.term).findIndex((at) => at.start === use.start) + 1;
		const command = `npm run dossier -- link ${source} ${JSON.stringify(use.term)} ${use.place}${nth > 1 ? ` --nth ${nth}` : ''}`;
		if (!write) {
			report.push(`${file}: "${use.term}" (${use.start}…${use.end}) names ${use.place}, unlinked: ${command}`);
			continue;
		}
		try {
			report.push(...linkSpan(files, source, text, excerpts, { start: use.start, end: use.end, places: [use.place] }));
			written++;
		} catch (error) {
			if (!(error instanceof Refusal)) throw error;
			report.push(`${error.message} — left alone`);
		}
	}
	if (unlinked.length === 0) report.push(`${sourceText(source)}: every name of a dossier place is linked`);

	const known = new Set(places.flatMap((place) => [place.name, ...place.aliases, ...Object.values(place.names)].map((name) => name.toLowerCase())));
	const seen = new Set<string>();
	for (const found of gazetteer().namesIn(text)) {
		const key = found.term.toLowerCase();
		if (known.has(key) || seen.has(key)) continue;
		seen.add(key);
		const top = found.candidates[0]!;
		const others = found.candidates.length - 1;
		// An ambiguous name is offered as its most populous place, by id: the author checks which is meant.
		const geonames = others ? `${top.geonameid}` : JSON.stringify(found.term);
		report.push(
			`${sourceText(source)}:${lineAt(text, found.start).line}: "${found.term}" is not in the dossier; GeoNames has ${describeCandidate(top).trim()}` +
				(others ? ` and ${others} more of that name (add-place --geonames ${JSON.stringify(found.term)} lists them)` : '') +
				`; to add it: npm run dossier -- add-place ${slug(found.term)} --name ${JSON.stringify(found.term)} --geonames ${geonames}`
		);
	}
	if (seen.size === 0) report.push(`${sourceText(source)}: no other populated place of GeoNames is named`);
	return { writes: write && written > 0 ? { [excerptsFile(source)]: formatJson(excerpts) } : {}, report };
}

function placeNames(files: GeodataFiles, id: string): PlaceNames {
	const collection = readJson<{ properties?: Partial<PlaceNames> }>(files, placeFile(id));
	const props = collection.properties ?? {};
	return { id, name: props.name ?? id, aliases: Array.isArray(props.aliases) ? props.aliases : [], names: props.names ?? {} };
}

function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
