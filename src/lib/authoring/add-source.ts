import { formatProblem } from '../data/types';
import type { GeodataFiles } from '../data/validate';
import { ID } from '../data/validate/file-check';
import { validateSource } from '../data/validate/source';
import { prepareSourceText } from './source-text';
import { formatJson, Refusal, sourceMeta, sourceText, type Outcome } from './workspace';

export interface SourceOptions {
	/** The file the author gave, for messages. */
	file: string;
	bytes: Uint8Array;
	id: string;
	title: string;
	date: string;
	publisher?: string;
	url?: string;
	language?: string;
	captions?: string;
}

/**
 * `dossier add-source <file> --id … --title … --date …`: the text as `sources/<id>.txt` (UTF-8, no
 * byte-order mark, LF line ends) and its metadata, checked by the validator's own source rules
 * before anything is written.
 */
export function addSource(files: GeodataFiles, options: SourceOptions): Outcome {
	const { file, id } = options;
	if (!ID.test(id)) throw new Refusal(`add-source: --id "${id}" is not an id: use lower-case letters, digits and single hyphens, e.g. --id ${slug(id) || 'my-article'}`);
	const prepared = prepareSourceText(options.bytes);
	if (!prepared.ok) throw new Refusal(`${file}: ${prepared.message}`);
	const { text, changes } = prepared;
	if (text.trim() === '') throw new Refusal(`${file}: is empty: give the article's text, one paragraph or caption per line`);
	const existing = files[sourceText(id)];
	if (existing !== undefined && existing !== text) {
		throw new Refusal(`${sourceText(id)}: the id "${id}" is already used by a different text: choose another --id (offsets of its excerpts would no longer hold)`);
	}
	const lineCount = text.replace(/\n$/, '').split('\n').length;
	const captionLines: number[] = [];
	for (const item of options.captions ? options.captions.split(',') : []) {
		const line = Number(item.trim());
		if (!Number.isInteger(line) || line < 1 || line > lineCount) {
			throw new Refusal(`add-source: --captions: "${item}" is not a line number from 1 to ${lineCount}; number the lines with: awk '{print NR": "$0}' ${file}`);
		}
		if (!captionLines.includes(line)) captionLines.push(line);
	}
	captionLines.sort((a, b) => a - b);
	const meta = {
		id,
		title: options.title,
		publisher: options.publisher ?? null,
		date: options.date,
		language: options.language ?? 'en',
		url: options.url ?? null,
		captionLines
	};
	const writes = { [sourceText(id)]: text, [sourceMeta(id)]: formatJson(meta) };
	const problems = validateSource(sourceMeta(id), { ...files, ...writes }).problems;
	if (problems.length > 0) throw new Refusal(problems.map((problem) => `${formatProblem(problem)} (give it as --${flag(problem.path)})`).join('\n'));
	const report = [
		...changes.map((change) => `${file}: ${change}`),
		`${sourceText(id)}: ${existing === undefined ? 'written' : 'unchanged'}, ${lineCount} line${lineCount === 1 ? '' : 's'}, ${captionLines.length} caption${captionLines.length === 1 ? '' : 's'}`,
		`${sourceMeta(id)}: written`,
		`next: npm run dossier -- suggest ${id}`
	];
	return { writes, report };
}

/** The option that sets a metadata field. */
const flag = (path: string) => (path.startsWith('captionLines') ? 'captions' : path.split('.')[0]);

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
