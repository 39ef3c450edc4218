import { describe, isObject } from '../json-values';
import type { Problem, Source } from '../types';
import { FileCheck, stem, type GeodataFiles } from './file-check';

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** What excerpts are checked against: the text and which of its lines are captions. */
export type SourceLines = Pick<Source, 'text' | 'captionLines'>;

/**
 * Checks one source's metadata (`sources/<id>.json`) and its text beside it. `lines` comes back whenever the text and caption lines
 * are sound, so excerpts can be checked; `source` only when everything is.
 */
export function validateSource(file: string, files: GeodataFiles): { source?: Source; lines?: SourceLines; problems: Problem[] } {
	const check = new FileCheck(file);
	const { problems } = check;
	const meta = check.json(files[file]!);
	if (meta === undefined) return { problems };
	if (!isObject(meta)) return check.report('', 'object expected'), { problems };
	const textFile = check.file.replace(/\.json$/, '.txt');
	const text = files[textFile];
	const id = check.id(meta, 'id');
	if (id !== undefined && id !== stem(check.file)) check.report('id', `"${id}" does not match the file name "${stem(check.file)}"`);
	const title = check.string(meta, 'title');
	const publisher = check.stringOrNull(meta, 'publisher');
	const url = check.stringOrNull(meta, 'url');
	if (typeof url === 'string' && !/^https?:\/\//.test(url)) check.report('url', 'must start with http:// or https://');
	const language = check.string(meta, 'language');
	const date = check.string(meta, 'date');
	if (date !== undefined && !DATE.test(date)) check.report('date', `"${date}" is not YYYY-MM-DD or YYYY-MM`);
	else if (date !== undefined && date.length === 10) {
		// The pattern lets 2024-02-30 through: the month decides how many days there are.
		const [year, month, day] = date.split('-').map(Number) as [number, number, number];
		const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (day > days) check.report('date', `"${date}" is not a calendar date: ${date.slice(0, 7)} has ${days} days`);
	}

	if (text === undefined) {
		check.report('', `has no text file ${stem(textFile)}.txt beside it`);
		return { problems };
	}
	const textProblems = sourceTextProblems(text);
	for (const message of textProblems) check.problems.push({ file: textFile, path: '', message });

	const lineCount = text.split('\n').length;
	const captionLines = meta.captionLines ?? [];
	let captionLinesOk = Array.isArray(captionLines);
	if (!Array.isArray(captionLines)) check.report('captionLines', `array of line numbers expected, ${describe(captionLines)} found`);
	else
		captionLines.forEach((line, i) => {
			if (!Number.isInteger(line) || line < 1 || line > lineCount) {
				check.report(`captionLines[${i}]`, `${describe(line)} is not a line of the text (1…${lineCount})`);
				captionLinesOk = false;
			}
		});

	const lines = textProblems.length === 0 && captionLinesOk ? { text, captionLines: captionLines as number[] } : undefined;
	if (problems.length > 0) return { lines, problems };
	const source: Source = {
		id: id!,
		title: title!,
		...(typeof meta.titleNote === 'string' && { titleNote: meta.titleNote }),
		publisher: publisher!,
		date: date!,
		...(typeof meta.dateNote === 'string' && { dateNote: meta.dateNote }),
		language: language!,
		url: url!,
		captionLines: captionLines as number[],
		text
	};
	return { source, lines, problems };
}

/** Why a source text would make offsets drift or lines split wrongly; empty when it is clean. */
export function sourceTextProblems(text: string): string[] {
	const problems: string[] = [];
	if (text.startsWith('\uFEFF')) problems.push('starts with a byte-order mark: save it as UTF-8 without BOM, or every offset shifts by one');
	if (text.includes('\r')) problems.push('has CR (Windows or old Mac) line ends: convert them to "\\n", or offsets drift by one per line');
	if (text.trim() === '') problems.push('is empty');
	return problems;
}
