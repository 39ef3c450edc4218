import { linkDossier } from '../links';
import type { Excerpt, Layer, Place, Problem } from '../types';
import { LAYERS_FILE } from './layers';

/** A place id declared by two or more files, reported at each of them. */
export function duplicatePlaceIds(declared: ReadonlyMap<string, readonly string[]>): Problem[] {
	const problems: Problem[] = [];
	for (const [id, declaring] of declared) {
		if (declaring.length < 2) continue;
		for (const file of declaring) {
			const others = declaring.filter((other) => other !== file).join(', ');
			problems.push({ file, path: 'properties.id', message: `duplicate place id "${id}", also in ${others}` });
		}
	}
	return problems;
}

/**
 * Nothing lost: every place is drawn by a layer and quoted at least once, every excerpt is reachable
 * from a place or from an arc. Each is asked only once the files it depends on have no problems
 * (`layersComplete`, `excerptsComplete`), since a dropped excerpt or layer would look like a loss.
 */
export function lostProblems(parts: {
	places: readonly Place[];
	excerpts: readonly Excerpt[];
	layers: readonly Layer[];
	layersComplete: boolean;
	excerptsComplete: boolean;
}): Problem[] {
	const { places, excerpts, layers, layersComplete, excerptsComplete } = parts;
	const links = linkDossier({ places: [...places], excerpts: [...excerpts], layers: [...layers] });
	const problems: Problem[] = [];
	for (const place of places) {
		const file = `geodata/places/${place.id}.geojson`;
		if (layersComplete && !links.layerOfPlace(place.id)) {
			problems.push({ file, path: 'properties.id', message: `place "${place.id}" is in no layer of ${LAYERS_FILE}` });
		}
		if (excerptsComplete && links.excerptsOfPlace(place.id).length === 0) {
			problems.push({ file, path: 'properties.id', message: `place "${place.id}" has no excerpt: quote the source lines that speak of it` });
		}
	}
	if (!layersComplete) return problems;
	for (const excerpt of excerpts) {
		if (excerpt.places.length === 0 && links.arcsOfExcerpt(excerpt).length === 0) {
			problems.push({
				file: `geodata/excerpts/${excerpt.source}.json`,
				path: `[id=${excerpt.id}].places`,
				message: 'empty, and no arc layer links the excerpt: it would show nowhere'
			});
		}
	}
	return problems;
}
