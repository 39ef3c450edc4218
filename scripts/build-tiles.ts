#!/usr/bin/env tsx
// scripts/build-tiles.ts — writes the offline basemap's world tiles, static/basemap/world.pmtiles.
//
// What: vector tiles (MVT, gzip) from zoom 0 to MAX_ZOOM in one PMTiles v3 archive, source-layers
//   land        Natural Earth 1:10m land polygons
//   boundary    1:10m admin-0 land boundaries; `disputed` 1 for disputed lines and lines of control
//   river       1:10m rivers and lake centrelines with the Europe and North America supplements
//   lake        1:10m lakes and reservoirs with the same supplements; `kind` lake | reservoir
//   water_label a point per named lake, reservoir and sea (pole of inaccessibility), `kind`, `rank`
//   country_label  a point per country (1:50m admin-0, pole of inaccessibility of its largest part)
//   region_label   1:10m admin-1 label points (first-level regions), from zoom 5
//   airport, port  1:10m airports and ports, `rank` from Natural Earth's scalerank
// Every feature has `name` (English, as Natural Earth writes it); a country has `native`, its name
// in its first official language (src/lib/lang/languages.ts, CLDR) from CLDR's region names
// (Node's Intl.DisplayNames, CLDR 48), kept only when written in that language's script, unlike
// the English one, and drawable with the app's glyphs (static/glyphs/). `minzoom` keeps a feature
// out of the tiles below it (Natural Earth's own min_zoom for 256 px tiles, less one for 512 px).
//
// Why MAX_ZOOM 6: 1:10m data is about a kilometre from the truth (0.1 mm at 1:10 000 000). A zoom-6
// tile unit is 40 075 km / (4096 · 64) ≈ 150 m at the equator and the simplification tolerance
// (TOLERANCE units, ≈ 750 m) stays under that kilometre, so deeper tiles would store more points
// without more truth; MapLibre over-zooms zoom 6 for deeper views, and the style says how deep
// each layer may be drawn (src/lib/map/offline-style.ts).
//
// Sources and licences: Natural Earth (public domain, https://www.naturalearthdata.com/about/terms-of-use/),
// version 4.1 as GeoJSON in the snapshot github.com/martynafford/natural-earth-geojson (its largest
// layers only as .7z, opened with p7zip's `7z`); CLDR region names (Unicode licence). The output is
// public domain data. Deterministic: same inputs, same bytes.
//
// Usage: npx tsx scripts/build-tiles.ts <natural-earth-geojson: a checkout or its git directory>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import { PbfReader as Pbf } from 'pbf';
import polylabel from 'polylabel';
import { isWrittenIn, officialLanguages } from '../src/lib/lang/languages';
import { cutTiles, type TileLayer } from '../src/lib/tiles/cut';
import { writePmtiles } from '../src/lib/tiles/pmtiles-write';

const MAX_ZOOM = 6;
const TOLERANCE = 5;
const OUT = join('static', 'basemap', 'world.pmtiles');

const snapshot = process.argv[2];
if (!snapshot) throw new Error('usage: npx tsx scripts/build-tiles.ts <natural-earth-geojson checkout or git directory>');
const isGitDir = existsSync(join(snapshot, 'HEAD')) && existsSync(join(snapshot, 'objects'));

/** A layer of the snapshot: `<path>.json`, or its `.7z` where the JSON is too large for the repository. */
function layer(path: string): FeatureCollection {
	const read = (file: string): Buffer | undefined => {
		if (isGitDir) {
			try {
				const bytes = execFileSync('git', ['--git-dir', snapshot!, 'show', `HEAD:${file}`], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
				return bytes.length ? bytes : undefined;
			} catch {
				return undefined;
			}
		}
		return existsSync(join(snapshot!, file)) ? readFileSync(join(snapshot!, file)) : undefined;
	};
	const json = read(`${path}.json`);
	if (json) return JSON.parse(json.toString('utf8')) as FeatureCollection;
	const archive = read(`${path}.7z`);
	if (!archive) throw new Error(`${snapshot}: neither ${path}.json nor ${path}.7z`);
	const dir = join('node_modules', '.cache', 'natural-earth');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${path.split('/').pop()}.7z`);
	writeFileSync(file, archive);
	return JSON.parse(execFileSync('7z', ['e', '-so', file], { maxBuffer: 1 << 30 }).toString('utf8')) as FeatureCollection;
}

// --- which characters the app's glyphs draw ------------------------------------------------------
/** The code points in static/glyphs/Noto Sans Regular/*.pbf (MapLibre's glyph protobuf: fontstack → glyph → id). */
function glyphCodePoints(): Set<number> {
	const dir = join('static', 'glyphs', 'Noto Sans Regular');
	const ids = new Set<number>();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.pbf'))) {
		const pbf = new Pbf(readFileSync(join(dir, file)));
		pbf.readFields((tag, _, p) => {
			if (tag !== 1 || !p) return;
			p.readMessage((fontTag, __, q) => {
				if (fontTag !== 3 || !q) return;
				q.readMessage((glyphTag, ___, r) => {
					// readFields skips every field the callback does not read.
					if (glyphTag === 1 && r) ids.add(r.readVarint());
				}, undefined);
			}, undefined);
		}, undefined);
	}
	return ids;
}
const glyphs = glyphCodePoints();
const drawable = (text: string) => [...text].every((c) => c === ' ' || glyphs.has(c.codePointAt(0)!));

// --- names ---------------------------------------------------------------------------------------
/** A country's name in its first official language, from CLDR, when that is a name of its own the glyphs draw. */
function nativeCountryName(iso2: string | undefined, english: string): string | undefined {
	if (!iso2) return undefined;
	const [language] = officialLanguages(iso2);
	if (!language) return undefined;
	const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(iso2);
	// The glyph test first: isWrittenIn throws for ISO 15924 codes that are no Unicode script (Hans, Hant).
	if (!name || name === english || !drawable(name) || !isWrittenIn(name, language)) return undefined;
	return name;
}

// --- geometry helpers ----------------------------------------------------------------------------
const round = (v: number) => Math.round(v * 1e4) / 1e4;
const polygonsOf = (geometry: Geometry | null): Position[][][] =>
	!geometry ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/** Pole of inaccessibility of the largest part, on a plane where a unit is a degree of latitude. */
function labelPoint(geometry: Geometry): Position | undefined {
	const parts = polygonsOf(geometry);
	if (!parts.length) return undefined;
	const largest = parts.reduce((a, b) => (area({ type: 'Polygon', coordinates: b } as Polygon) > area({ type: 'Polygon', coordinates: a } as Polygon) ? b : a));
	const ys = largest[0]!.map((p) => p[1]!);
	const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
	const [x, y] = polylabel(largest.map((ring) => ring.map(([px, py]) => [px! * k, py!])), 0.01);
	return [round(x! / k), round(y!)];
}

/** Natural Earth's min_zoom is for 256 px tiles; MapLibre's tiles are 512 px, a zoom less. */
const tileMinZoom = (value: unknown, fallback: number) => Math.max(0, Math.min(MAX_ZOOM, Math.floor((typeof value === 'number' ? value : fallback) - 1)));

const feature = (geometry: Geometry, properties: Record<string, string | number | undefined>): Feature => ({
	type: 'Feature',
	geometry,
	properties: Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined && v !== null && v !== ''))
});
const point = (coordinates: Position): Point => ({ type: 'Point', coordinates: coordinates.map(round) });
const named = (name: unknown) => (typeof name === 'string' && name.trim() ? name.trim() : undefined);

// --- layers --------------------------------------------------------------------------------------
console.log(`reading Natural Earth from ${snapshot}`);
const land = layer('10m/physical/ne_10m_land').features.map((f) => feature(f.geometry, {}));

const boundary = layer('10m/cultural/ne_10m_admin_0_boundary_lines_land').features.map((f) =>
	feature(f.geometry, { disputed: /disput|control|indefinite|claim/i.test(`${f.properties?.featurecla} ${f.properties?.type}`) ? 1 : 0 })
);

const riverFiles = ['10m/physical/ne_10m_rivers_lake_centerlines', '10m/physical/ne_10m_rivers_europe', '10m/physical/ne_10m_rivers_north_america'];
const river = riverFiles.flatMap((file) =>
	layer(file)
		.features.filter((f) => f.geometry)
		.map((f) => feature(f.geometry, { name: named(f.properties?.name), rank: Number(f.properties?.scalerank ?? 10), minzoom: tileMinZoom(f.properties?.min_zoom, 7) }))
);

const lakeFiles = ['10m/physical/ne_10m_lakes', '10m/physical/ne_10m_lakes_europe', '10m/physical/ne_10m_lakes_north_america'];
const lakeFeatures = lakeFiles.flatMap((file) => layer(file).features.filter((f) => f.geometry));
const lakeKind = (f: Feature) => (/reservoir/i.test(String(f.properties?.featurecla)) ? 'reservoir' : 'lake');
const lake = lakeFeatures.map((f) => feature(f.geometry, { kind: lakeKind(f), minzoom: tileMinZoom(f.properties?.min_zoom, 7) }));

const marine = layer('10m/physical/ne_10m_geography_marine_polys').features.filter((f) => f.geometry && named(f.properties?.name));
const waterLabel = [
	...lakeFeatures
		.filter((f) => named(f.properties?.name))
		.flatMap((f) => {
			const at = labelPoint(f.geometry);
			return at ? [feature(point(at), { name: named(f.properties?.name), kind: lakeKind(f), rank: Number(f.properties?.scalerank ?? 10), minzoom: tileMinZoom(f.properties?.min_label, 8) })] : [];
		}),
	...marine.flatMap((f) => {
		const at = labelPoint(f.geometry);
		const kind = String(f.properties?.featurecla ?? 'sea') === 'river' ? 'estuary' : String(f.properties?.featurecla ?? 'sea');
		return at ? [feature(point(at), { name: named(f.properties?.name), kind, rank: Number(f.properties?.scalerank ?? 10), minzoom: tileMinZoom(f.properties?.min_label, 5) })] : [];
	})
];

const countries = layer('50m/cultural/ne_50m_admin_0_countries').features;
const iso2 = (p: Record<string, unknown>) => [p.ISO_A2, p.WB_A2].map(String).find((code) => /^[A-Z]{2}$/.test(code));
const countryLabel = countries.flatMap((f) => {
	const at = labelPoint(f.geometry);
	const p = f.properties ?? {};
	const name = named(p.NAME) ?? '';
	return at ? [feature(point(at), { name, native: nativeCountryName(iso2(p), name), rank: Number(p.LABELRANK ?? 6), minzoom: tileMinZoom(p.MIN_LABEL, 3) })] : [];
});

// Natural Earth names some regions by code ("EGY-99 (Egypt minor island)", "KIR-00 (Kiribati
// aggregation)"): bookkeeping, not a name a reader knows, so no label. Others carry an alternate in
// brackets ("Lattakia (Al Ladhiqiyah)"): the label keeps the first name, as the gazetteer does.
const regionName = (name: string | undefined) => (name && !/^[A-Z]{3}-\d+\b/.test(name) ? name.replace(/\s*\([^)]*\)$/, '') : undefined);

const regionLabel = layer('10m/cultural/ne_10m_admin_1_label_points').features.flatMap((f) => {
	const name = regionName(named(f.properties?.name));
	if (!name || f.geometry?.type !== 'Point') return [];
	return [feature(point(f.geometry.coordinates), { name, rank: Number(f.properties?.scalerank ?? 10), minzoom: 5 })];
});

const airport = layer('10m/cultural/ne_10m_airports').features.flatMap((f) => {
	const name = named(f.properties?.name);
	if (!name || f.geometry?.type !== 'Point') return [];
	const type = String(f.properties?.type ?? '');
	return [feature(point(f.geometry.coordinates), { name, iata: named(f.properties?.iata_code), military: /military/.test(type) ? 1 : 0, rank: Number(f.properties?.scalerank ?? 10), minzoom: /major/.test(type) ? 4 : 5 })];
});

const port = layer('10m/cultural/ne_10m_ports').features.flatMap((f) => {
	const name = named(f.properties?.name);
	if (!name || f.geometry?.type !== 'Point') return [];
	return [feature(point(f.geometry.coordinates), { name, rank: Number(f.properties?.scalerank ?? 10), minzoom: 5 })];
});

const layers: TileLayer[] = [
	{ name: 'land', features: land, tolerance: TOLERANCE },
	{ name: 'lake', features: lake, tolerance: TOLERANCE },
	{ name: 'river', features: river, tolerance: TOLERANCE },
	{ name: 'boundary', features: boundary, tolerance: TOLERANCE },
	{ name: 'water_label', features: waterLabel },
	{ name: 'country_label', features: countryLabel },
	{ name: 'region_label', features: regionLabel },
	{ name: 'airport', features: airport },
	{ name: 'port', features: port }
];
for (const l of layers) console.log(`${l.name.padEnd(14)} ${String(l.features.length).padStart(6)} features`);

const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data, { level: 9 }));
const tiles = cutTiles(layers, { minZoom: 0, maxZoom: MAX_ZOOM, compress: gzip });
const archive = writePmtiles(tiles, {
	gzip,
	tileCompression: 2,
	bounds: [-180, -85.0511, 180, 85.0511],
	metadata: {
		name: 'Dossier Map world basemap',
		attribution: 'Natural Earth (public domain)',
		description: 'Natural Earth 1:10m (4.1) land, water, boundaries and landmarks; CLDR country names. Made by scripts/build-tiles.ts.',
		vector_layers: layers.map((l) => ({ id: l.name, fields: {}, minzoom: 0, maxzoom: MAX_ZOOM }))
	}
});
mkdirSync(join('static', 'basemap'), { recursive: true });
writeFileSync(OUT, archive);
const byZoom = Array.from({ length: MAX_ZOOM + 1 }, (_, z) => tiles.filter((t) => t.z === z));
for (const [z, list] of byZoom.entries()) console.log(`zoom ${z}: ${list.length} tiles, ${list.reduce((s, t) => s + t.data.length, 0)} bytes, largest ${Math.max(0, ...list.map((t) => t.data.length))}`);
console.log(`${OUT}: ${archive.length} bytes, ${tiles.length} tiles`);
