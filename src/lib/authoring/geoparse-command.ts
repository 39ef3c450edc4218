import { lineAt } from './workspace';
import { describePlace, formatConfidence, placeJson, type Geoparser } from './toponyms';
import { prepareSourceText } from './source-text';
import { Refusal } from './workspace';
import type { PlaceSummary } from '../geoparse/types';

/** One file's toponyms as `geoparse --json` prints them. */
export interface FileToponyms {
	file: string;
	toponyms: {
		start: number;
		end: number;
		text: string;
		place: PlaceSummary | null;
		confidence: number;
		alternatives: PlaceSummary[];
	}[];
}

/**
 * `dossier geoparse <file>… [--language <tag>] [--json]`: every place name of each file and where
 * it resolved. Offsets are into the text as `add-source` stores it (no byte-order mark, LF line
 * ends), so they can be checked against the source file. One geoparser (one gazetteer) serves
 * every file.
 */
export function geoparseFiles(inputs: { file: string; bytes: Uint8Array }[], parse: Geoparser, language?: string): { results: FileToponyms[]; texts: string[] } {
	const results: FileToponyms[] = [];
	const texts: string[] = [];
	for (const { file, bytes } of inputs) {
		const prepared = prepareSourceText(bytes);
		if (!prepared.ok) throw new Refusal(`${file}: ${prepared.message}`);
		const toponyms = parse(prepared.text, language ? { language } : {}).map((toponym) => ({
			start: toponym.start,
			end: toponym.end,
			text: toponym.text,
			place: toponym.place && placeJson(toponym.place),
			confidence: toponym.confidence,
			alternatives: toponym.alternatives.map(placeJson)
		}));
		results.push({ file, toponyms });
		texts.push(prepared.text);
	}
	return { results, texts };
}

/** The same, for people: one line a toponym, with its line number, and what was set aside. */
export function describeToponyms(results: FileToponyms[], texts: string[]): string[] {
	return results.flatMap((result, i) => {
		const text = texts[i]!;
		if (result.toponyms.length === 0) return [`${result.file}: no place name found`];
		return [
			`${result.file}: ${result.toponyms.length} place name${result.toponyms.length === 1 ? '' : 's'}`,
			...result.toponyms.map((toponym) => {
				const where = `${result.file}:${lineAt(text, toponym.start).line}: "${toponym.text}" (${toponym.start}…${toponym.end})`;
				const placed = toponym.place ? `→ ${describePlace(toponym.place)}, confidence ${formatConfidence(toponym.confidence)}` : '→ not placed';
				const aside = toponym.alternatives.length
					? `; set aside: ${toponym.alternatives.slice(0, 3).map(describePlace).join('; ')}${toponym.alternatives.length > 3 ? `; and ${toponym.alternatives.length - 3} more` : ''}`
					: '';
				return `${where} ${placed}${aside}`;
			})
		];
	});
}
