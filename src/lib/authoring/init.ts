import type { GeodataFiles } from '../data/validate';
import { formatJson, LAYERS, Refusal, type Outcome } from './workspace';

/**
 * `dossier init [--dir <folder>]`: an empty dossier, which is valid: no sources, no places, no
 * layers yet. It refuses a folder whose `geodata/` holds any file, so nothing an author made is
 * overwritten.
 */
export function init(files: GeodataFiles, folder: string): Outcome {
	const existing = Object.keys(files).sort();
	if (existing.length > 0) {
		throw new Refusal(`${folder}/geodata: a dossier is already there (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}): work on it, or give another --dir`);
	}
	return {
		writes: { [LAYERS]: formatJson({ layers: [] }) },
		report: [
			`${LAYERS}: written: an empty dossier in ${folder}/geodata`,
			`next: npm run dossier -- draft <article.txt> --dir ${folder} --id <source-id> --title "<title>" --date <YYYY-MM-DD>, or add-source to place every name by hand`
		]
	};
}
