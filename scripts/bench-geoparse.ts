// The geoparser measured against published corpora, as Gritta et al. measure geoparsers in
// "A Pragmatic Guide to Geoparsing Evaluation" (2019): recognition precision, recall and F1 (a
// prediction counts when it overlaps a gold span), resolution accuracy within 161 km (100 miles)
// and the median error over the gold toponyms with coordinates that were recognised, and seconds
// per article after loading.
//
// Reads the corpus formats of milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation: GeoWebNews
// (data/GWN.xml: <toponym><type><start><end><latitude><longitude>) and data/Corpora (LGL,
// TR-News: <toponym><start><end><phrase><gaztag><lat><lon>; GeoVirus: <location><start><end><lat><lon>). The corpora are GPL: never
// commit them.
// Run: npm run bench:geoparse -- <corpus.xml>… [--limit N] [--errors]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { geoparse } from '../src/lib/geoparse/geoparse';
import { distanceKm } from '../src/lib/geoparse/resolve';
import { loadGeoparseGazetteer } from '../src/lib/server/geoparse-gazetteer';

interface Gold {
	start: number;
	end: number;
	lat?: number;
	lon?: number;
}
interface Article {
	text: string;
	/** Toponyms to find. */
	gold: Gold[];
	/** Spans annotated as not toponyms (GWN's expressions, organisations, demonyms): a prediction
	 * there is a false positive like any other, listed with --errors. */
}

/** GeoWebNews types that are not toponyms: the paper's exclusions (its dataset.py leaves them out
 * of geocoding), as nouns naming no place (expressions, Non_Toponym) or no place name (demonyms
 * as nouns, languages, homonyms). */
const GWN_NOT_TOPONYMS = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym', 'Demonym', 'Homonym', 'Language']);

const entities = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&amp;/g, '&');
const field = (xml: string, tag: string) => {
	const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml);
	if (!m) return undefined;
	const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(m[1]!);
	return cdata ? cdata[1]! : entities(m[1]!);
};
const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : Number(s));

function readCorpus(file: string): Article[] {
	const xml = readFileSync(file, 'utf8');
	const articles: Article[] = [];
	for (const [article] of xml.matchAll(/<article[\s>][\s\S]*?<\/article>/g)) {
		const text = field(article, 'text') ?? '';
		const gold: Gold[] = [];
		for (const [toponym] of article.matchAll(/<(toponym|location)>[\s\S]*?<\/\1>/g)) {
			const type = field(toponym, 'type');
			if (type !== undefined && GWN_NOT_TOPONYMS.has(type)) continue;
			const start = num(field(toponym, 'start'))!;
			const end = num(field(toponym, 'end'))!;
			const lat = num(field(toponym, 'latitude') ?? field(toponym, 'lat'));
			const lon = num(field(toponym, 'longitude') ?? field(toponym, 'lon'));
			gold.push({ start, end, ...(lat !== undefined && lon !== undefined && !Number.isNaN(lat) ? { lat, lon } : {}) });
		}
		articles.push({ text, gold });
	}
	return articles;
}

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const showErrors = args.includes('--errors');
const files = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--limit');
if (!files.length) {
	console.error('usage: npm run bench:geoparse -- <corpus.xml>… [--limit N] [--errors]');
	process.exit(2);
}

let t = performance.now();
const gazetteer = loadGeoparseGazetteer();

// The country a point lies in, read from the nearest town (within about 300 km): for the second
// accuracy, where a toponym resolved to a country counts as right when the gold point is in it
// (a country's point is a convention, and gazetteers differ by hundreds of km on it).
const towns = new Map<string, { lat: number; lon: number; country: string | null }[]>();
const cellOf = (lat: number, lon: number) => `${Math.floor(lat)},${Math.floor(lon)}`;
for (const e of gazetteer.entries) {
	if (e.kind !== 'populated place') continue;
	const k = cellOf(e.lat, e.lon);
	if (!towns.has(k)) towns.set(k, []);
	towns.get(k)!.push(e);
}
function countryAt(lat: number, lon: number): string | null {
	let best: string | null = null;
	let bestD = 300;
	for (let dy = -3; dy <= 3; dy++)
		for (let dx = -4; dx <= 4; dx++)
			for (const town of towns.get(cellOf(lat + dy, lon + dx)) ?? []) {
				const d = distanceKm(town, { lat, lon });
				if (d < bestD) (bestD = d), (best = town.country);
			}
	return best;
}
console.log(`gazetteer loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
geoparse('Warm-up: Paris and London.', gazetteer);

const rows: string[] = [];
for (const file of files) {
	const articles = readCorpus(file).slice(0, limit);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let seconds = 0;
	let cpuSeconds = 0;
	const errors: number[] = [];
	let inCountry = 0;
	let unresolved = 0;
	const misses: string[] = [];
	const falses: string[] = [];
	const far: string[] = [];
	for (const { text, gold } of articles) {
		t = performance.now();
		const cpu = process.cpuUsage();
		const found = geoparse(text, gazetteer);
		seconds += (performance.now() - t) / 1000;
		const used = process.cpuUsage(cpu);
		cpuSeconds += (used.user + used.system) / 1e6;
		const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
		for (const p of found) {
			if (gold.some((g) => overlaps(g, p))) tp++;
			else (fp++, falses.push(p.text));
		}
		for (const g of gold) {
			const p = found.find((x) => overlaps(g, x));
			if (!p) {
				fn++;
				misses.push(text.slice(g.start, g.end));
				continue;
			}
			if (g.lat === undefined || g.lon === undefined) continue;
			if (!p.place) {
				unresolved++;
				errors.push(20039);
				continue;
			}
			const d = distanceKm(p.place, { lat: g.lat, lon: g.lon });
			errors.push(d);
			if (d <= 161 || (p.place.kind === 'country' && p.place.country && countryAt(g.lat, g.lon) === p.place.country)) inCountry++;
			if (d > 161) far.push(`${p.text} → ${p.place.name} ${p.place.country} (${Math.round(d)} km)`);
		}
	}
	// tp counts predictions that overlap a gold span; recall counts gold spans that were found.
	const precision = tp / (tp + fp);
	const recall = 1 - fn / articles.reduce((n, a) => n + a.gold.length, 0);
	const f1 = (2 * precision * recall) / (precision + recall);
	errors.sort((a, b) => a - b);
	const within = errors.filter((d) => d <= 161).length / errors.length;
	const median = errors[Math.floor(errors.length / 2)] ?? NaN;
	rows.push(
		`| ${basename(file)} | ${articles.length} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${within.toFixed(3)} (${errors.length}) | ${(inCountry / errors.length).toFixed(3)} | ${Math.round(median)} | ${(seconds / articles.length).toFixed(3)} (${(cpuSeconds / articles.length).toFixed(3)}) |`
	);
	if (showErrors) {
		const top = (list: string[]) => {
			const c = new Map<string, number>();
			for (const x of list) c.set(x, (c.get(x) ?? 0) + 1);
			return [...c].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([x, n]) => `${x}×${n}`).join(', ');
		};
		console.log(`\n${basename(file)} missed: ${top(misses)}\n\nfalse: ${top(falses)}\n\nfar (${unresolved} unresolved): ${top(far)}`);
	}
}
console.log('\n| corpus | articles | precision | recall | F1 | within 161 km (of n recognised gold with coordinates) | within 161 km or in the country resolved to | median km | s/article (processor s) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
