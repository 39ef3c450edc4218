import type { GeodataFiles } from '../data/validate';
import { excerptsFile, formatJson, idsIn, lineAt, placeFile, readExcerpts, readSource, Refusal, sourceText, type Outcome, type RawExcerpt } from './workspace';

/** Where words stand in a text: every occurrence, as offsets with their line. */
export function occurrences(text: string, words: string): { start: number; end: number; line: number }[] {
	const found = [];
	for (let at = text.indexOf(words); at >= 0 && words !== ''; at = text.indexOf(words, at + 1)) {
		found.push({ start: at, end: at + words.length, line: lineAt(text, at).line });
	}
	return found;
}

/**
 * `dossier link <source-id> "<exact words>" <place-id>[,…] [--nth n]`: records the words as a
 * mention of the places, and links their line's excerpt to them (the whole line, made an excerpt,
 * when it has none).
 */
export function link(files: GeodataFiles, options: { source: string; words: string; places: string[]; nth?: number }): Outcome {
	const { source, words, places, nth } = options;
	const { text } = readSource(files, source);
	if (words === '') throw new Refusal(`${sourceText(source)}: no words given: quote the exact words that name the place`);
	if (words.includes('\n')) throw new Refusal(`${sourceText(source)}: the words run across a line end: a mention lies within one line`);
	checkPlaces(files, places);
	const found = occurrences(text, words);
	if (found.length === 0) {
		const closest = closestLine(text, words);
		throw new Refusal(`${sourceText(source)}: "${words}" is not in the text; the closest line is ${closest.line}: "${closest.text}" — copy the words from there exactly`);
	}
	if (nth === undefined && found.length > 1) {
		const list = found.map((at, i) => `  --nth ${i + 1}: line ${at.line}, at ${at.start}…${at.end}: ${context(text, at)}`);
		throw new Refusal([`${sourceText(source)}: "${words}" occurs ${found.length} times; choose one with --nth <n>:`, ...list].join('\n'));
	}
	if (nth !== undefined && (nth < 1 || nth > found.length)) {
		throw new Refusal(`${sourceText(source)}: --nth ${nth}: "${words}" occurs ${found.length === 1 ? 'once' : `${found.length} times`}; give a number from 1 to ${found.length}`);
	}
	const at = found[(nth ?? 1) - 1]!;
	const excerpts = readExcerpts(files, source);
	const report = linkSpan(files, source, text, excerpts, { ...at, places });
	return { writes: { [excerptsFile(source)]: formatJson(excerpts) }, report };
}

/** Refuses place ids that have no file, listing the ones there are. */
export function checkPlaces(files: GeodataFiles, places: string[]): void {
	const known = idsIn(files, 'places', '.geojson');
	const unknown = places.filter((place) => !(placeFile(place) in files));
	if (places.length === 0) throw new Refusal('link: no place given: name one or more place ids, separated by commas');
	if (unknown.length > 0) {
		throw new Refusal(
			`${placeFile(unknown[0]!)}: unknown place "${unknown.join('", "')}": add it first with npm run dossier -- add-place, or use one of: ${known.join(', ') || '(none yet)'}`
		);
	}
}

/**
 * Links the words at `start…end` to `places` in `excerpts` (changed in place): the mention is made or
 * given the places, the line's excerpt made or given them. Returns what it did, one line each.
 */
export function linkSpan(
	files: GeodataFiles,
	source: string,
	text: string,
	excerpts: RawExcerpt[],
	{ start, end, places }: { start: number; end: number; places: string[] }
): string[] {
	const file = `${sourceText(source)}:${lineAt(text, start).line}`;
	const line = lineAt(text, start);
	let excerpt = excerpts.find((item) => item.start <= start && end <= item.end);
	const report: string[] = [];
	if (!excerpt) {
		const onLine = excerpts.find((item) => item.start < line.end && line.start < item.end);
		if (onLine) {
			throw new Refusal(`${file}: the words lie outside excerpt "${onLine.id}" (${onLine.start}…${onLine.end}) on the same line: widen that excerpt in ${excerptsFile(source)} first`);
		}
		const { captionLines } = readSource(files, source);
		const taken = new Set(excerpts.map((item) => item.id));
		let id = `line-${line.line}`;
		for (let n = 2; taken.has(id); n++) id = `line-${line.line}-${n}`;
		excerpt = { id, places: [], start: line.start, end: line.end, quote: text.slice(line.start, line.end), kind: captionLines.includes(line.line) ? 'caption' : 'paragraph', mentions: [] };
		excerpts.push(excerpt);
		excerpts.sort((a, b) => a.start - b.start);
		report.push(`${file}: new excerpt "${id}", the whole line (${excerpt.kind})`);
	}
	const same = excerpt.mentions.find((mention) => mention.start === start && mention.end === end);
	const overlapping = excerpt.mentions.find((mention) => mention !== same && mention.start < end && start < mention.end);
	if (overlapping) {
		throw new Refusal(`${file}: "${text.slice(start, end)}" overlaps the mention "${overlapping.text}" (${overlapping.start}…${overlapping.end}) of ${overlapping.places.join(', ')}: link those exact words to the place instead`);
	}
	const newPlaces = places.filter((place) => !excerpt.places.includes(place));
	excerpt.places.push(...newPlaces);
	if (newPlaces.length) report.push(`${file}: excerpt "${excerpt.id}" now links ${newPlaces.join(', ')}`);
	if (same) {
		const added = places.filter((place) => !same.places.includes(place));
		same.places.push(...added);
		report.push(added.length ? `${file}: mention "${same.text}" (${start}…${end}) now names ${same.places.join(', ')}` : `${file}: mention "${same.text}" (${start}…${end}) already names ${places.join(', ')}`);
	} else {
		excerpt.mentions.push({ places: [...places], start, end, text: text.slice(start, end) });
		excerpt.mentions.sort((a, b) => a.start - b.start);
		report.push(`${file}: mention "${text.slice(start, end)}" (${start}…${end}) names ${places.join(', ')}`);
	}
	return report;
}

/**
 * The line holding the stretch most like `words`, for a refusal to point at: the best share of
 * common letter pairs (Dice) between the words and any stretch of a line as long as they are.
 */
function closestLine(text: string, words: string): { line: number; text: string } {
	const pairs = (value: string) => {
		const list = new Map<string, number>();
		for (let i = 0; i < value.length - 1; i++) list.set(value.slice(i, i + 2), (list.get(value.slice(i, i + 2)) ?? 0) + 1);
		return list;
	};
	const wanted = pairs(words.toLowerCase());
	const size = Math.max(1, words.length - 1);
	let best = { line: 1, text: text.split('\n')[0] ?? '', score: -1 };
	text.split('\n').forEach((line, i) => {
		const lower = line.toLowerCase();
		for (let at = 0; at === 0 || at + words.length <= lower.length; at++) {
			let common = 0;
			for (const [pair, count] of pairs(lower.slice(at, at + words.length))) common += Math.min(count, wanted.get(pair) ?? 0);
			const score = (2 * common) / (2 * size);
			if (score > best.score) best = { line: i + 1, text: line, score };
		}
	});
	return best;
}

/** A few words either side of an occurrence. */
function context(text: string, { start, end }: { start: number; end: number }): string {
	const line = lineAt(text, start);
	const from = Math.max(line.start, start - 30);
	const to = Math.min(line.end, end + 30);
	return `${from > line.start ? '…' : ''}${text.slice(from, to)}${to < line.end ? '…' : ''}`;
}
