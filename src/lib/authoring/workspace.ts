import { parseJson } from '../data/parse-json';
import type { GeodataFiles } from '../data/validate';
import type { Mention } from '../data/types';

/** Why a command wrote nothing: one or more lines, each naming the file (and line) and what to do. */
export class Refusal extends Error {}

/** What a command would change: the files to write, all or none, and what it tells the author. */
export interface Outcome {
	writes: GeodataFiles;
	report: string[];
}

/** An excerpt as its file has it. */
export interface RawExcerpt {
	id: string;
	places: string[];
	start: number;
	end: number;
	quote: string;
	kind: 'paragraph' | 'caption';
	mentions: Mention[];
	[other: string]: unknown;
}

export const sourceText = (id: string) => `geodata/sources/${id}.txt`;
export const sourceMeta = (id: string) => `geodata/sources/${id}.json`;
export const excerptsFile = (id: string) => `geodata/excerpts/${id}.json`;
export const placeFile = (id: string) => `geodata/places/${id}.geojson`;
export const LAYERS = 'geodata/layers.json';

/** Ids of a folder's files, e.g. every place id. */
export function idsIn(files: GeodataFiles, folder: string, extension: string): string[] {
	const prefix = `geodata/${folder}/`;
	return Object.keys(files)
		.filter((path) => path.startsWith(prefix) && path.endsWith(extension))
		.map((path) => path.slice(prefix.length, -extension.length))
		.sort();
}

export function readJson<T>(files: GeodataFiles, path: string): T {
	const text = files[path];
	if (text === undefined) throw new Refusal(`${path}: missing; make it (npm run check:geodata says what it holds), or start a dossier with npm run dossier -- init`);
	const parsed = parseJson(text);
	if (!parsed.ok) throw new Refusal(`${path}: ${parsed.message}; fix it first (npm run check:geodata says more)`);
	return parsed.value as T;
}

/** A source's text and caption lines, or a refusal that says how to add it. */
export function readSource(files: GeodataFiles, id: string): { text: string; captionLines: number[] } {
	const text = files[sourceText(id)];
	if (text === undefined || !(sourceMeta(id) in files)) {
		const known = idsIn(files, 'sources', '.txt');
		throw new Refusal(
			`${sourceText(id)}: no such source; add it with npm run dossier -- add-source <file> --id ${id} --title "…" --date YYYY-MM-DD` +
				(known.length ? ` (sources: ${known.join(', ')})` : '')
		);
	}
	const meta = readJson<{ captionLines?: unknown }>(files, sourceMeta(id));
	return { text, captionLines: Array.isArray(meta.captionLines) ? (meta.captionLines as number[]) : [] };
}

/** A source's excerpts, in text order ([] when it has none yet). */
export function readExcerpts(files: GeodataFiles, id: string): RawExcerpt[] {
	if (!(excerptsFile(id) in files)) return [];
	const list = readJson<RawExcerpt[]>(files, excerptsFile(id));
	if (!Array.isArray(list)) throw new Refusal(`${excerptsFile(id)}: an array of excerpts expected; fix it first (npm run check:geodata says more)`);
	return list.map((excerpt) => ({ ...excerpt, places: excerpt.places ?? [], mentions: excerpt.mentions ?? [] }));
}

/** The 1-based line holding `offset`, with its start and end offsets. */
export function lineAt(text: string, offset: number): { line: number; start: number; end: number } {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const next = text.indexOf('\n', offset);
	return { line: text.slice(0, start).split('\n').length, start, end: next < 0 ? text.length : next };
}

/** JSON as people write it by hand: two-space indent, arrays of numbers, strings or positions on one line. */
export function formatJson(value: unknown): string {
	return format(value, '') + '\n';
}

function format(value: unknown, indent: string): string {
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		if (value.every(isFlat)) return `[${value.map((item) => format(item, '')).join(', ')}]`;
		const inner = indent + '  ';
		return `[\n${value.map((item) => inner + format(item, inner)).join(',\n')}\n${indent}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (entries.length === 0) return '{}';
		const inner = indent + '  ';
		return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
	}
	return JSON.stringify(value);
}

/** A scalar, or a position (an array of numbers): what stays on one line inside an array. */
function isFlat(value: unknown): boolean {
	return typeof value !== 'object' || value === null || (Array.isArray(value) && value.every((item) => typeof item === 'number'));
}
