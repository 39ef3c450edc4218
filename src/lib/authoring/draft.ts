import type { GeodataFiles } from '../data/validate';
import type { GazetteerEntry, PlaceSummary, Toponym } from '../geoparse/types';
import { nativeNames, type Tagged } from '../lang/native-names';
import { addLayer, describeLanguages, placeCollection, RADIUS_BY_KIND, readLayers } from './add-place';
import { looksArabic } from '../geoparse/names';
import { addSource, type SourceOptions } from './add-source';
import { prepareSourceText } from './source-text';
import { linkSpan, occurrences } from './link';
import { describePlace, dossierKind, formatConfidence, geonameidOf, isPointLike, shellWord, slug, type EntryLookup, type Geoparser } from './toponyms';
import { excerptsFile, formatJson, idsIn, lineAt, placeFile, readExcerpts, readJson, Refusal, sourceMeta, sourceText, type Outcome } from './workspace';

export interface DraftOptions extends SourceOptions {
	/** Places resolved with less confidence are listed, not added. @defaultValue 0.5 */
	minConfidence?: string;
	/** Appended to every command the review list prints (`--dir <folder>`), so it runs as printed. */
	commandSuffix?: string;
}

export interface DraftDeps {
	parse: Geoparser;
	entry: EntryLookup;
	tagged: (geonameid: number) => Tagged;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * `dossier draft <file> --id … --title … --date …`: one article to a reviewable dossier. The source is
 * added, geoparsed, every point-like place resolved with enough confidence is added (or, when the
 * dossier has a place of the same gazetteer entry, reused) and every mention of it linked; all of it
 * is written or none. The report is the review list: what was added and from what, and each name
 * left out with the exact command that would add it.
 */
export function draft(files: GeodataFiles, options: DraftOptions, deps: DraftDeps): Outcome {
	const min = options.minConfidence === undefined ? DEFAULT_MIN_CONFIDENCE : Number(options.minConfidence);
	if (!Number.isFinite(min) || min < 0 || min > 1) throw new Refusal(`draft: --min-confidence "${options.minConfidence}": give a number from 0 to 1, e.g. 0.5`);
	const source = options.id;
	// Without --language, the letters say Arabic or not, as the geoparser would guess; the source
	// records it, so its page reads in the right direction. Said in the report, to be checked.
	const prepared = prepareSourceText(options.bytes);
	const language = options.language ?? (prepared.ok && looksArabic(prepared.text) ? 'ar' : 'en');
	const added = addSource(files, { ...options, language });
	const text = added.writes[sourceText(source)]!;
	const work: GeodataFiles = { ...files, ...added.writes };
	const toponyms = deps.parse(text, { language });
	const suffix = options.commandSuffix ?? '';
	/** The exact `link` command for one use of a name, `--nth` counted as link counts. */
	const linkCommand = (use: Toponym, id: string) => {
		const nth = occurrences(text, use.text).findIndex((found) => found.start === use.start) + 1;
		return `npm run dossier -- link ${source} ${shellWord(use.text)} ${id}${occurrences(text, use.text).length > 1 ? ` --nth ${nth}` : ''}${suffix}`;
	};

	const byGazetteer = dossierPlacesByGazetteer(work);
	const layers = readLayers(work);
	const excerpts = readExcerpts(work, source);
	const taken = new Set<string>([...idsIn(work, 'places', '.geojson'), ...layers.list.flatMap((layer) => (layer.id ? [layer.id] : []))]);
	const chosen = new Map<string, { id: string; place: PlaceSummary; isNew: boolean; confidence: number; words: Toponym[]; alternatives: PlaceSummary[] }>();
	const leftOut: { toponym: Toponym; why: string }[] = [];

	for (const toponym of toponyms) {
		// A facility named after a town ("Sednaya prison") is not the town: it becomes a place of its
		// own, placed for now at its namesake and said to be so.
		const place = toponym.kind === 'facility' && toponym.place ? facilityAt(toponym.text, toponym.place) : toponym.place;
		if (!place) leftOut.push({ toponym, why: 'not placed: no candidate is sure enough' });
		else if (!isPointLike(place.kind)) leftOut.push({ toponym, why: `a ${place.kind}: a dossier draws areas and waters only when an author adds them` });
		else if (toponym.confidence < min) leftOut.push({ toponym, why: `confidence ${formatConfidence(toponym.confidence)} is below ${min}` });
		else {
			let entry = chosen.get(place.id);
			if (!entry) {
				const existing = byGazetteer.get(place.id);
				entry = { id: existing ?? freeId(place, taken), place, isNew: !existing, confidence: 0, words: [], alternatives: [] };
				taken.add(entry.id);
				chosen.set(place.id, entry);
			}
			entry.words.push(toponym);
			entry.confidence = Math.max(entry.confidence, toponym.confidence);
			for (const alternative of toponym.alternatives) if (!entry.alternatives.some((known) => known.id === alternative.id)) entry.alternatives.push(alternative);
		}
	}

	const writes: GeodataFiles = { ...added.writes };
	const report: string[] = [...added.report.filter((line) => !line.startsWith('next:'))];
	if (!options.language) report.push(`${sourceMeta(source)}: language "${language}", guessed from its letters: give --language <tag> if it is another`);
	const summaryAt = report.push('') - 1;
	for (const entry of chosen.values()) {
		const linked: string[] = [];
		for (const toponym of entry.words) {
			try {
				linkSpan(work, source, text, excerpts, { start: toponym.start, end: toponym.end, places: [entry.id] });
				linked.push(`"${toponym.text}" (line ${lineAt(text, toponym.start).line})`);
			} catch (error) {
				if (!(error instanceof Refusal)) throw error;
				report.push(`  ${error.message} — not linked`);
			}
		}
		if (linked.length === 0) continue;
		const header = `${entry.isNew ? 'added' : 'reused'} ${entry.id}: ${describePlace(entry.place)}, confidence ${formatConfidence(entry.confidence)}`;
		report.push(header, `  linked: ${linked.join(', ')}`);
		if (entry.isNew) {
			const made = newPlace(entry.id, entry.place, [...new Set(entry.words.map((word) => word.text))], deps);
			writes[placeFile(entry.id)] = formatJson(made.collection);
			const color = addLayer(layers.list, entry.id, entry.place.name);
			report.push(`  ${made.names}`, `  footprint a circle of ${made.radius} m (approximate), layer colour ${color}`);
		}
		report.push(`  set aside: ${entry.alternatives.length ? entry.alternatives.map(describePlace).join('; ') : 'none'}`);
	}
	if (chosen.size > 0) writes[excerptsFile(source)] = formatJson(excerpts);
	if (Object.keys(writes).some((path) => path.startsWith('geodata/places/')) || layers.made) writes['geodata/layers.json'] = formatJson(layers.json);

	// One entry a place (or, unplaced, a spelling): where the text names it, and the commands that
	// add it and link every use (suggest --write links each use of a place's name and aliases).
	const groups = new Map<string, { toponyms: Toponym[]; why: string }>();
	for (const { toponym, why } of leftOut) {
		const key = toponym.place?.id ?? `?${toponym.text}`;
		const group = groups.get(key);
		if (group) group.toponyms.push(toponym);
		else groups.set(key, { toponyms: [toponym], why });
	}
	const linkedTo = (use: Toponym, id: string) => excerpts.some((excerpt) => excerpt.mentions.some((m) => m.start === use.start && m.end === use.end && m.places.includes(id)));
	// A dossier place's words already linked to it (a draft run again) are not left out.
	const pending = [...groups.values()].filter(({ toponyms: [first, ...rest] }) => {
		const id = first!.place && (byGazetteer.get(first!.place.id) ?? chosen.get(first!.place.id)?.id);
		return !id || ![first!, ...rest].every((use) => linkedTo(use, id));
	});
	report[summaryAt] = `${sourceText(source)}: ${toponyms.length} place name${toponyms.length === 1 ? '' : 's'} found; ${chosen.size} place${chosen.size === 1 ? '' : 's'} drafted, ${pending.length} left out`;
	if (pending.length) report.push('left out (check each; the command adds it):');
	const linkAll = `npm run dossier -- suggest ${source} --write${suffix}`;
	for (const { toponyms: uses, why } of pending) {
		const [first] = uses as [Toponym, ...Toponym[]];
		const spellings = [...new Set(uses.map((use) => use.text))];
		const lines = [...new Set(uses.map((use) => lineAt(text, use.start).line))];
		const confidence = Math.max(...uses.map((use) => use.confidence));
		report.push(
			`${sourceText(source)}: "${spellings.join('", "')}" (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${uses.length > 1 ? `, ${uses.length} times` : ''}): ` +
				`${first.place ? `${describePlace(first.place)}, confidence ${formatConfidence(confidence)}` : 'not placed'} — ${why}`
		);
		const aliases = spellings.map((spelling) => ` --alias ${shellWord(spelling)}`).join('');
		const candidates = first.place ? [first.place] : first.alternatives;
		for (const candidate of candidates.slice(0, 5)) {
			const prefix = first.place ? '  ' : `  if ${describePlace(candidate)}: `;
			const id = byGazetteer.get(candidate.id) ?? chosen.get(candidate.id)?.id;
			// Joined by "; ", not "&&": add-place exits 1 (valid once linked) and a link may too.
			if (id) report.push(prefix + uses.filter((use) => !linkedTo(use, id)).map((use) => linkCommand(use, id)).join('; '));
			else {
				const newId = freeId(candidate, taken);
				taken.add(newId);
				report.push(`${prefix}${addPlaceCommand(newId, candidate, suffix, deps.entry, aliases)}; ${linkAll}`);
			}
		}
		if (candidates.length === 0) {
			report.push(`  by hand: npm run dossier -- add-place <place-id> --name ${shellWord(first.text)} --at <lat>,<lon> --country <CC> --native <tag>=<name>${aliases}${suffix}; ${linkAll}`);
		}
	}
	report.push(`next: review the list, then npm run dossier -- suggest ${source}${suffix}, and npm run build`);
	return { writes, report };
}

/** The exact `add-place` command for a gazetteer place: by GeoNames id, or by its point and kind. */
export function addPlaceCommand(id: string, place: PlaceSummary, suffix: string, entry: EntryLookup, extra = ''): string {
	const geonameid = geonameidOf(place.id);
	const kind = dossierKind(entry(place.id) ?? { kind: place.kind, population: 0 });
	const where =
		geonameid !== undefined
			? `--geonames ${geonameid}`
			: `--at ${place.lat},${place.lon}${place.country ? ` --country ${place.country}` : ' --country <CC>'} --kind ${kind} --gazetteer ${shellWord(place.id)}`;
	return `npm run dossier -- add-place ${id} --name ${shellWord(place.name)} ${where}${extra}${suffix}`;
}

/** The dossier's places by the gazetteer entry they were placed from (`properties.gazetteer`). */
export function dossierPlacesByGazetteer(files: GeodataFiles): Map<string, string> {
	const found = new Map<string, string>();
	for (const id of idsIn(files, 'places', '.geojson')) {
		const gazetteer = readJson<{ properties?: { gazetteer?: unknown } }>(files, placeFile(id)).properties?.gazetteer;
		if (typeof gazetteer === 'string') found.set(gazetteer, id);
	}
	return found;
}

/** An id from the place's name not yet taken: "fulda", else "fulda-de", else "fulda-2"… */
function freeId(place: PlaceSummary, taken: Set<string>): string {
	const base = slug(place.name) || `place-${(geonameidOf(place.id) ?? place.id).toString().replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
	const tries = [base, place.country ? `${base}-${place.country.toLowerCase()}` : base];
	for (const id of tries) if (!taken.has(id)) return id;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The id a facility's place is reused by: its namesake's gazetteer id and its own words. */
const FACILITY_ID = /^(.+)\/facility:(.+)$/;

/**
 * A facility the text names after a place, as a place of its own at its namesake's point: the
 * gazetteers here hold no prisons, bases or dams, only the towns they are named after.
 */
function facilityAt(words: string, namesake: PlaceSummary): PlaceSummary {
	return { ...namesake, id: `${namesake.id}/facility:${slug(words) || 'facility'}`, name: words, kind: 'facility' };
}

/** The place file of a gazetteer place, its native names from tagged data only. */
function newPlace(id: string, place: PlaceSummary, aliases: string[], deps: DraftDeps): { collection: object; names: string; radius: number } {
	const facility = FACILITY_ID.exec(place.id);
	const entry: GazetteerEntry | undefined = facility ? undefined : deps.entry(place.id);
	const kind = dossierKind(entry ?? { kind: place.kind, population: 0 });
	// A facility's point is its namesake town's: it lies somewhere in or near it, a town's breadth.
	const radius = facility ? RADIUS_BY_KIND.town! : (RADIUS_BY_KIND[kind] ?? 500);
	const geonameid = facility ? undefined : geonameidOf(place.id);
	const country = place.country ?? '';
	const names = geonameid !== undefined && country ? nativeNames(country, deps.tagged(geonameid)) : {};
	const origin = facility
		? `Not the facility's own site: the point of ${facility[1]} (${deps.entry(facility[1]!)?.name ?? 'its namesake'}, ${place.lat}, ${place.lon}), the place it is named after, as the geoparser resolved it; no gazetteer here holds the facility itself. Move it to the facility's site before publishing.`
		: geonameid !== undefined
			? `GeoNames ${geonameid} (cities500), resolved by the geoparser: ${place.name}, ${country}, ${place.lat}, ${place.lon}, population ${entry?.population ?? 'unknown'}`
			: `${place.id} (Natural Earth), resolved by the geoparser: ${place.name}${country ? `, ${country}` : ''}, ${place.lat}, ${place.lon}`;
	const collection = placeCollection({
		id,
		name: place.name,
		names,
		aliases,
		kind,
		country: country || 'ZZ',
		description: facility
			? `A facility named after ${deps.entry(facility[1]!)?.name ?? 'a nearby place'}; placed at that place's point until its own site is known.`
			: entry?.featureCode ? `A populated place (GeoNames feature ${entry.featureCode}).` : `A${/^[aeiou]/.test(kind) ? 'n' : ''} ${kind.replace(/-/g, ' ')} (${place.id}).`,
		coordinates: [place.lon, place.lat],
		radius,
		anchorOrigin: origin,
		gazetteer: place.id
	});
	const named = Object.entries(names);
	const namesNote = facility
		? `placed at its namesake's point (${deps.entry(facility[1]!)?.name ?? facility[1]}): not the facility's own site — move it, and add its native name with its source`
		: named.length
		? `names: ${named.map(([tag, name]) => `${tag} "${name}"`).join(', ')} (GeoNames, language-tagged)`
		: `no native name: none is tagged in ${country ? describeLanguages(country) : 'its languages'}; add one to ${placeFile(id)} "names" if you know it`;
	return { collection, names: namesNote, radius };
}
