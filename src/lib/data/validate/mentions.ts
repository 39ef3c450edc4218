import { describe, isObject } from '../json-values';
import type { Mention } from '../types';
import type { FileCheck } from './file-check';

/**
 * Checks an excerpt's `mentions` (the words that name its places), once the excerpt's own span is
 * sound: each lies inside the excerpt, is the source text at its offsets, names only places the
 * excerpt lists, and none overlaps another (each is one element of the full-text view). Every
 * place the excerpt lists must be named by at least one. Returns the sound mentions, in text order.
 */
export function checkMentions(
	check: FileCheck,
	at: string,
	item: Record<string, unknown>,
	excerpt: { start: number; end: number; places: readonly string[] },
	text: string
): Mention[] {
	const list = item.mentions;
	if (!Array.isArray(list)) {
		check.report(`${at}.mentions`, list === undefined ? 'required: the words that name each place ([] when it names none)' : `array of mentions expected, ${describe(list)} found`);
		return [];
	}
	const sound: (Mention & { index: number })[] = [];
	list.forEach((mention, j) => {
		const path = `${at}.mentions[${j}]`;
		if (!isObject(mention)) return check.report(path, 'object expected');
		const before = check.problems.length;
		const places = check.stringArray(mention, 'places');
		if (places && places.length === 0) check.report(`${path}.places`, 'names no place: list the places these words name');
		places?.forEach((place, k) => {
			if (!excerpt.places.includes(place)) check.report(`${path}.places[${k}]`, `"${place}" is not among the excerpt's places: add it there too`);
		});
		const { start, end, text: words } = mention;
		const offsetsOk = [['start', start], ['end', end]].every(([key, value]) => {
			if (Number.isInteger(value) && (value as number) >= excerpt.start && (value as number) <= excerpt.end) return true;
			check.report(`${path}.${key}`, `integer offset within the excerpt, ${excerpt.start}…${excerpt.end}, expected, ${describe(value)} found`);
			return false;
		});
		if (offsetsOk && (start as number) >= (end as number)) check.report(`${path}.end`, `must be greater than start (${start})`);
		if (typeof words !== 'string' || words === '') check.report(`${path}.text`, `the words that name the place expected, ${describe(words)} found`);
		else if (offsetsOk && text.slice(start as number, end as number) !== words) {
			check.report(`${path}.text`, `is not the source text at ${start}…${end}, which reads ${describe(text.slice(start as number, end as number))}`);
		}
		if (check.problems.length > before) return;
		sound.push({ places: places!, start: start as number, end: end as number, text: words as string, index: j });
	});
	sound.sort((a, b) => a.start - b.start);
	for (let i = 1; i < sound.length; i++) {
		const [before, mention] = [sound[i - 1]!, sound[i]!];
		if (mention.start < before.end) {
			check.report(`${at}.mentions[${mention.index}].start`, `overlaps mentions[${before.index}] (${before.start}…${before.end}): list all their places on one mention instead`);
		}
	}
	if (sound.length === list.length) {
		excerpt.places.forEach((place, k) => {
			if (!sound.some((mention) => mention.places.includes(place))) {
				check.report(`${at}.places[${k}]`, `"${place}" is named by no mention: add the words of the excerpt that name it to mentions`);
			}
		});
	}
	return sound.map(({ places, start, end, text }) => ({ places, start, end, text }));
}
