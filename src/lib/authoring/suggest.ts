import { nameUses } from '../data/coverage';
import type { Excerpt } from '../data/types';
import type { GeodataFiles } from '../data/validate';
import { addPlaceCommand, dossierPlacesByGazetteer } from './draft';
import { linkSpan, occurrences } from './link';
import { describePlace, formatConfidence, slug, type EntryLookup, type Geoparser } from './toponyms';
import { excerptsFile, formatJson, idsIn, lineAt, placeFile, readExcerpts, readJson, readSource, Refusal, sourceMeta, sourceText, type Outcome } from './workspace';

interface PlaceNames {
	id: string;
	name: string;
	aliases: string[];
	names: Record<string, string>;
}

/**
 * `dossier suggest <source-id> [--write]`: the names of dossier places the text uses that no
 * mention links, and the places the geoparser finds that the dossier has not, each by its exact
 * gazetteer entry. With `--write` it links the first kind; it only ever adds links, never changes
 * an author's.
 */
export function suggest(
	files: GeodataFiles,
	options: { source: string; write: boolean; commandSuffix?: string },
	geoparser: () => { parse: Geoparser; entry: EntryLookup }
): Outcome {
	const { source, write } = options;
	const suffix = options.commandSuffix ?? '';
	const { text } = readSource(files, source);
	const language = readJson<{ language?: unknown }>(files, sourceMeta(source)).language;
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

	const { parse, entry } = geoparser();
	const inDossier = dossierPlacesByGazetteer(files);
	// Words that already name a dossier place are (a)'s business, whatever the gazetteer makes of them.
	const known = new Set(places.flatMap((place) => [place.name, ...place.aliases, ...Object.values(place.names)].map((name) => name.toLowerCase())));
	const seen = new Set<string>();
	for (const toponym of parse(text, typeof language === 'string' ? { language } : {})) {
		const at = `${sourceText(source)}:${lineAt(text, toponym.start).line}: "${toponym.text}" (${toponym.start}…${toponym.end})`;
		const { place } = toponym;
		if ((place && inDossier.has(place.id)) || known.has(toponym.text.toLowerCase())) continue;
		// A word the geoparser cannot place inside words an author linked ("Capitals" of "City of Capitals").
		if (!place && excerpts.some((excerpt) => excerpt.mentions.some((mention) => mention.start <= toponym.start && toponym.end <= mention.end))) continue;
		const key = place?.id ?? `?${toponym.text}`;
		if (seen.has(key)) continue;
		seen.add(key);
		if (place) {
			report.push(`${at}: ${describePlace(place)}, confidence ${formatConfidence(toponym.confidence)}, not in the dossier; to add it: ${addPlaceCommand(slug(place.name) || 'place', place, suffix, entry)}`);
		} else {
			report.push(`${at}: not placed${toponym.alternatives.length ? '; it may be one of these (give the one the text means):' : ' (no gazetteer entry)'}`);
			for (const alternative of toponym.alternatives.slice(0, 5)) report.push(`  ${describePlace(alternative)}: ${addPlaceCommand(slug(alternative.name) || 'place', alternative, suffix, entry)}`);
		}
	}
	if (seen.size === 0) report.push(`${sourceText(source)}: the geoparser finds no place the dossier lacks`);
	return { writes: write && written > 0 ? { [excerptsFile(source)]: formatJson(excerpts) } : {}, report };
}

function placeNames(files: GeodataFiles, id: string): PlaceNames {
	const collection = readJson<{ properties?: Partial<PlaceNames> }>(files, placeFile(id));
	const props = collection.properties ?? {};
	return { id, name: props.name ?? id, aliases: Array.isArray(props.aliases) ? props.aliases : [], names: props.names ?? {} };
}
