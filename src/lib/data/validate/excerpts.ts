import { describe, isObject } from '../json-values';
import { excerptKey } from '../links';
import type { Excerpt, Problem } from '../types';
import { FileCheck, stem } from './file-check';
import { checkMentions } from './mentions';
import type { SourceLines } from './source';

/** What an excerpts file is checked against: the sound sources' texts, and the ids declared elsewhere. */
export interface ExcerptContext {
	sources: Map<string, SourceLines>;
	sourceExists: (id: string) => boolean;
	placeIds: Set<string>;
}

/**
 * Checks one excerpts file (`excerpts/<source-id>.json`). `declared` holds the key of every excerpt
 * it declares, valid or not, for the arcs that link them.
 */
export function validateExcerpts(
	file: string,
	text: string,
	{ sources, sourceExists, placeIds }: ExcerptContext
): { excerpts: Excerpt[]; declared: string[]; problems: Problem[] } {
	const check = new FileCheck(file);
	const { problems } = check;
	const declared: string[] = [];
	const list = check.json(text);
	if (list === undefined) return { excerpts: [], declared, problems };
	if (!Array.isArray(list)) return check.report('', 'array of excerpts expected'), { excerpts: [], declared, problems };
	const sourceId = stem(file);
	for (const item of list) if (isObject(item) && typeof item.id === 'string') declared.push(excerptKey({ source: sourceId, id: item.id }));
	const source = sources.get(sourceId);
	if (!source) {
		// A source that is there but flawed has reported its problems; its excerpts wait for it.
		if (!sourceExists(sourceId)) check.report('', `no source "${sourceId}": sources/${sourceId}.txt and sources/${sourceId}.json must exist`);
		return { excerpts: [], declared, problems };
	}
	const captionLines = new Set(source.captionLines);
	const lineStarts = [0];
	for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') lineStarts.push(i + 1);
	const seen = new Set<string>();
	const excerpts: Excerpt[] = [];
	list.forEach((item, i) => {
		const at = `[${i}]`;
		if (!isObject(item)) return check.report(at, 'object expected');
		const before = problems.length;
		const id = check.id(item, 'id', `${at}.id`);
		if (id !== undefined) {
			if (seen.has(id)) check.report(`${at}.id`, `duplicate excerpt id "${id}"`);
			seen.add(id);
		}
		const places = check.stringArray(item, 'places');
		places?.forEach((place, j) => {
			if (!placeIds.has(place)) check.report(`${at}.places[${j}]`, `unknown place "${place}"`);
		});
		const { start, end, quote, kind } = item;
		const offsetsOk = [['start', start], ['end', end]].every(([key, value]) => {
			if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= source.text.length) return true;
			check.report(`${at}.${key}`, `integer offset within 0…${source.text.length} expected, ${describe(value)} found`);
			return false;
		});
		if (offsetsOk && (start as number) >= (end as number)) check.report(`${at}.end`, `must be greater than start (${start})`);
		if (typeof quote !== 'string' || quote === '') check.report(`${at}.quote`, `the quoted words expected, ${describe(quote)} found`);
		else if (offsetsOk && source.text.slice(start as number, end as number) !== quote) {
			// Show where they part, from the start of that word, not just how they begin: a long
			// quote usually differs by a word or a typographic quote mark.
			const found = source.text.slice(start as number, end as number);
			let same = 0;
			while (same < quote.length && found[same] === quote[same]) same++;
			while (same > 0 && /\S/.test(quote[same - 1]!)) same--;
			check.report(
				`${at}.quote`,
				`is not the source text at ${start}…${end}: from offset ${(start as number) + same} the text reads ${describe(found.slice(same))}, the quote ${describe(quote.slice(same))}`
			);
		}
		if (kind !== 'paragraph' && kind !== 'caption') check.report(`${at}.kind`, `"paragraph" or "caption" expected, ${describe(kind)} found`);
		if (problems.length > before) return;

		// A quote lies within one line, whose kind it shares.
		const line = lineOf(lineStarts, start as number);
		const lineEnd = (lineStarts[line] ?? source.text.length + 1) - 1;
		if ((end as number) > lineEnd) return check.report(`${at}.end`, `the excerpt runs past the end of line ${line}`);
		const lineKind = captionLines.has(line) ? 'caption' : 'paragraph';
		if (kind !== lineKind) return check.report(`${at}.kind`, `line ${line} is a ${lineKind}, not a ${kind}`);
		const span = { start: start as number, end: end as number, places: places! };
		const mentions = checkMentions(check, at, item, span, source.text);
		excerpts.push({ id: id!, source: sourceId, places: places!, start: span.start, end: span.end, quote: quote as string, kind: kind as Excerpt['kind'], line, mentions });
	});
	excerpts.sort((a, b) => a.start - b.start);
	// Each excerpt is one element of the full-text view: spans must not overlap. A line that speaks
	// of several places is one excerpt listing them all.
	for (let i = 1; i < excerpts.length; i++) {
		const [before, excerpt] = [excerpts[i - 1]!, excerpts[i]!];
		if (excerpt.start < before.end) {
			check.report(`[id=${excerpt.id}].start`, `overlaps excerpt "${before.id}" (${before.start}…${before.end}): list both places on one excerpt instead`);
		}
	}
	return { excerpts, declared, problems };
}

/** The 1-based line holding `offset`, by binary search over the lines' start offsets. */
function lineOf(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lineStarts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
}
