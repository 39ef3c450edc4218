import type { Dossier, Problem } from './types';
import { duplicatePlaceIds, lostProblems } from './validate/cross-file';
import { validateExcerpts } from './validate/excerpts';
import { stem, type GeodataFiles } from './validate/file-check';
import { LAYERS_FILE, validateLayers } from './validate/layers';
import { validatePlace } from './validate/place';
import { validateSource, type SourceLines } from './validate/source';

export type { GeodataFiles } from './validate/file-check';
export { sourceTextProblems } from './validate/source';

/**
 * Reads a whole dossier from its geodata files and reports every problem at once: one validator per
 * kind of file (validate/source.ts, place.ts, excerpts.ts, layers.ts), then the checks across files
 * (validate/cross-file.ts). The dossier is returned only when there are no problems, so nothing
 * half-valid is shown.
 */
export function validateDossier(files: GeodataFiles): { dossier?: Dossier; problems: Problem[] } {
	const problems: Problem[] = [];
	const paths = Object.keys(files).sort();
	const under = (folder: string, extension: string) =>
		paths.filter((path) => path.startsWith(`geodata/${folder}/`) && path.endsWith(extension));

	// Excerpts need only a source's text and caption lines: a flaw elsewhere in its metadata
	// (a bad date, say) must not keep them from being checked.
	const sourceLines = new Map<string, SourceLines>();
	const sources = under('sources', '.json').flatMap((file) => {
		const checked = validateSource(file, files);
		problems.push(...checked.problems);
		if (checked.lines) sourceLines.set(stem(file), checked.lines);
		return checked.source ? [checked.source] : [];
	});
	for (const file of under('sources', '.txt')) {
		if (!(file.replace(/\.txt$/, '.json') in files)) {
			problems.push({ file, path: '', message: `has no metadata file ${stem(file)}.json beside it` });
		}
	}

	const declared = new Map<string, string[]>();
	const places = under('places', '.geojson').flatMap((file) => {
		const checked = validatePlace(file, files[file]!);
		problems.push(...checked.problems);
		if (checked.declaredId !== undefined) declared.set(checked.declaredId, [...(declared.get(checked.declaredId) ?? []), file]);
		return checked.place ? [checked.place] : [];
	});
	problems.push(...duplicatePlaceIds(declared));
	// A reference is checked against what the files declare, valid or not: a place file with a
	// problem reports it once, at its own file, rather than again at every excerpt and layer naming it.
	const placeIds = new Set([...declared.keys(), ...under('places', '.geojson').map(stem)]);

	const sourceExists = (id: string) => `geodata/sources/${id}.json` in files || `geodata/sources/${id}.txt` in files;
	const excerptKeys = new Set<string>();
	let excerptsComplete = true;
	const excerpts = under('excerpts', '.json').flatMap((file) => {
		const checked = validateExcerpts(file, files[file]!, { sources: sourceLines, sourceExists, placeIds });
		problems.push(...checked.problems);
		for (const key of checked.declared) excerptKeys.add(key);
		if (checked.problems.length > 0 || !sourceLines.has(stem(file))) excerptsComplete = false;
		return checked.excerpts;
	});

	const checkedLayers = validateLayers(files[LAYERS_FILE], placeIds, excerptKeys);
	problems.push(...checkedLayers.problems);
	const { layers } = checkedLayers;

	problems.push(...lostProblems({ places, excerpts, layers, layersComplete: checkedLayers.problems.length === 0, excerptsComplete }));

	if (problems.length > 0) return { problems };
	return { dossier: { sources, places, excerpts, layers }, problems };
}
