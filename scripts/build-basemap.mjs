#!/usr/bin/env node
// scripts/build-basemap.mjs — writes the offline basemap GeoJSON in static/basemap/.
//
// What (deterministic: same inputs, byte-identical output; no network, clock or randomness)
//   From Natural Earth 1:50m admin-0 countries, simplified (topology-preserving, so borders and
//   coasts still meet) and without islands under MIN_ISLAND_KM2:
//     land.geojson            the countries merged: `zone` "world" (outside DETAIL) and "detail"
//     borders.geojson         interior borders (topojson mesh), `zone` as above
//     country-labels.geojson  a label point per country (pole of inaccessibility of its largest
//                             polygon), name, iso_n3, and for NAMES below iso_a2, name_ar, name_ru,
//                             name_local; `rank` 1 (largest) .. 6 by area
//   From Natural Earth 1:10m, clipped to DETAIL (drawn from zoom 6):
//     countries-10m-levant.geojson  `kind` "country" (polygons), "border" and "coastline" (lines)
//   From the hand-written CITIES below (each with its `origin`):
//     cities.geojson          points with name, name_ar / name_ru, country, rank, origin
//   Geometry is planar (cut at the antimeridian), wound as RFC 7946 says, and rounded to 2 decimals
//   (1:50m) or 3 (1:10m).
//
// Inputs: world-atlas@2.0.2 (Natural Earth 4.1.0 as TopoJSON); topojson-client and topojson-simplify
//   (merge, mesh, simplification), @turf/turf (rewind, area, bboxClip, intersect) and polylabel.
//
// Licences: Natural Earth is public domain (https://www.naturalearthdata.com/about/terms-of-use/);
//   world-atlas is ISC, (c) 2013-2019 Michael Bostock. The output is public domain data. Borders are
//   Natural Earth's de facto admin-0 lines and endorse nothing. Names and cities are facts with their
//   origins stated below.
//
// Usage: node scripts/build-basemap.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature as topoFeature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { area, bboxClip, bboxPolygon, featureCollection, intersect, rewind } from '@turf/turf';
import polylabel from 'polylabel';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'static', 'basemap');

/** The box [west, south, east, north] given 1:10m detail: Syria, Lebanon, Cyprus, Israel/Palestine,
 * Jordan, south-east Turkey, western Iraq. */
const DETAIL = [32, 29, 43, 38];
/** From this zoom the style draws the 1:10m file inside DETAIL (used only in the log line below). */
const DETAIL_MINZOOM = 6;
/** Visvalingam weights (spherical triangle areas, steradians) under which a point is dropped:
 * chosen so the files keep the detail of a ~0.025° (1:50m) and ~0.002° (1:10m) tolerance. */
const MIN_WEIGHT_50M = 1.1e-6;
const MIN_WEIGHT_10M = 1.2e-8;
/** Islands smaller than this (km²) are left out of the 1:50m files, unless one is a country's largest. */
const MIN_ISLAND_KM2 = 300;

// Country names in Arabic and Russian: HAND-WRITTEN TABLE for the countries near Syria and Russia.
// Source: Unicode CLDR 48 region display names (as returned by Node 20's Intl.DisplayNames for the
// ISO alpha-2 code), except where marked. `local` names the official language whose name is the
// country's native one on this map (Arabic or Russian only; other languages are left out).
const NAMES = {
  // iso_n3: [alpha-2, name_ar, name_ru, local]
  '760': ['SY', 'سوريا', 'Сирия', 'ar'],
  '422': ['LB', 'لبنان', 'Ливан', 'ar'],
  '792': ['TR', 'تركيا', 'Турция', null],
  '376': ['IL', 'إسرائيل', 'Израиль', null],
  // CLDR's long form is "الأراضي الفلسطينية" / "Палестинские территории"; Natural Earth's English
  // name is "Palestine", so the matching common short names are used.
  '275': ['PS', 'فلسطين', 'Палестина', 'ar'],
  '400': ['JO', 'الأردن', 'Иордания', 'ar'],
  '368': ['IQ', 'العراق', 'Ирак', 'ar'],
  '196': ['CY', 'قبرص', 'Кипр', null],
  '818': ['EG', 'مصر', 'Египет', 'ar'],
  // CLDR gives the long form "المملكة العربية السعودية"; the common short form is used on a map.
  '682': ['SA', 'السعودية', 'Саудовская Аравия', 'ar'],
  '414': ['KW', 'الكويت', 'Кувейт', 'ar'],
  '364': ['IR', 'إيران', 'Иран', null],
  '643': ['RU', 'روسيا', 'Россия', 'ru'],
  '804': ['UA', 'أوكرانيا', 'Украина', null],
  '112': ['BY', 'بيلاروس', 'Беларусь', 'ru'],
  '268': ['GE', 'جورجيا', 'Грузия', null],
  '051': ['AM', 'أرمينيا', 'Армения', null],
  '031': ['AZ', 'أذربيجان', 'Азербайджан', null],
  '398': ['KZ', 'كازاخستان', 'Казахстан', 'ru'],
};

// Cities: HAND-WRITTEN LIST of label anchors (city-centre points, not boundaries), rounded to 0.01°.
// `origin` says where each coordinate came from: CHECKED ones were compared with the coordinates at
// the head of the city's Wikipedia article (quoted in the origin); UNCHECKED ones were typed
// from general knowledge and are good to roughly 0.05° — check them before relying on them for
// anything but a label. Native names are in the official language of the city's country.
// rank: 1 capital of a focus country, 2 focus place, 3 context city (shown from a higher zoom).
const checked = (dms) => `Wikipedia (en) article coordinates ${dms}, rounded to 0.01°`; // CHECKED
const UNCHECKED = 'hand-entered approximate city centre, not checked against a source (about ±0.05°)';
const CITIES = [
  { name: 'Damascus', name_ar: 'دمشق', country: 'SY', rank: 1, lon: 36.29, lat: 33.51, origin: checked('33°30′47″N 36°17′31″E') },
  { name: 'Moscow', name_ru: 'Москва', country: 'RU', rank: 1, lon: 37.62, lat: 55.75, origin: 'Wikipedia (nl) article coordinates 55°45′02″N 37°37′03″E, rounded to 0.01°' },
  { name: 'Latakia', name_ar: 'اللاذقية', country: 'SY', rank: 2, lon: 35.78, lat: 35.52, origin: checked('35°31′N 35°47′E') },
  { name: 'Tartus', name_ar: 'طرطوس', country: 'SY', rank: 2, lon: 35.88, lat: 34.88, origin: checked('34°53′N 35°53′E') },
  { name: 'Beirut', name_ar: 'بيروت', country: 'LB', rank: 3, lon: 35.51, lat: 33.89, origin: UNCHECKED },
  { name: 'Homs', name_ar: 'حمص', country: 'SY', rank: 3, lon: 36.71, lat: 34.73, origin: UNCHECKED },
  { name: 'Hama', name_ar: 'حماة', country: 'SY', rank: 3, lon: 36.75, lat: 35.13, origin: UNCHECKED },
  { name: 'Aleppo', name_ar: 'حلب', country: 'SY', rank: 3, lon: 37.16, lat: 36.2, origin: UNCHECKED },
  { name: 'Jableh', name_ar: 'جبلة', country: 'SY', rank: 3, lon: 35.93, lat: 35.36, origin: UNCHECKED },
  { name: 'Amman', name_ar: 'عمان', country: 'JO', rank: 3, lon: 35.93, lat: 31.95, origin: UNCHECKED },
  { name: 'Baghdad', name_ar: 'بغداد', country: 'IQ', rank: 3, lon: 44.37, lat: 33.32, origin: UNCHECKED },
  { name: 'Ankara', country: 'TR', rank: 3, lon: 32.86, lat: 39.93, origin: UNCHECKED },
  { name: 'Saint Petersburg', name_ru: 'Санкт-Петербург', country: 'RU', rank: 3, lon: 30.31, lat: 59.94, origin: UNCHECKED },
];

// ---------------------------------------------------------------------------------------------

const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

const roundTo = (d) => {
  const f = 10 ** d;
  return (v) => Math.round(v * f) / f;
};

const polygonsOf = (geometry) =>
  !geometry ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function polygonGeometry(polygons) {
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function lineGeometry(lines) {
  if (lines.length === 0) return null;
  return lines.length === 1
    ? { type: 'LineString', coordinates: lines[0] }
    : { type: 'MultiLineString', coordinates: lines };
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const km2 = (rings) => area({ type: 'Polygon', coordinates: rings }) / 1e6;

/** RFC 7946 winding (exterior counter-clockwise, holes clockwise), by Turf. */
const wind = (polygons) => polygonsOf(rewind(polygonGeometry(polygons) ?? { type: 'MultiPolygon', coordinates: [] }));

/** Rounds a line's points and drops points equal to the one before. */
function roundLine(line, d) {
  const r = roundTo(d);
  const out = [];
  for (const [x, y] of line) {
    const p = [r(x), r(y)];
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Rounds a ring; returns null when it collapses (fewer than 4 points, or no area left). */
function roundRing(ring, d) {
  const out = roundLine(ring, d);
  const a = out[0];
  const b = out[out.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  return out.length >= 4 && km2([out]) > 0 ? out : null;
}

/** Rounds polygons (arrays of rings), dropping the rings that collapse, and winds them. */
function roundPolygons(polygons, d) {
  const out = [];
  for (const rings of polygons) {
    const outer = roundRing(rings[0], d);
    if (!outer) continue;
    const holes = rings.slice(1).map((h) => roundRing(h, d)).filter(Boolean);
    out.push([outer, ...holes]);
  }
  return wind(out);
}

/** A topology simplified with topojson-simplify: shared arcs once, so neighbours still meet. */
const simplified = (topology, minWeight) => simplify(presimplify(topology, sphericalTriangleArea), minWeight);

// --- clipping to boxes ---------------------------------------------------------------------------
// Polygons go through Turf's intersect (a polygon boolean): Turf's bboxClip clips polygons
// Sutherland–Hodgman style, which leaves zero-width bridges along the box's edges that a fill's
// antialiased outline draws as hairlines across the sea. Lines use bboxClip.

/** Polygons (arrays of rings) clipped to a box. */
function clipPolygons(polygons, box) {
  const geometry = polygonGeometry(polygons);
  if (!geometry) return [];
  const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry }, bboxPolygon(box)]));
  return clipped ? polygonsOf(clipped.geometry) : [];
}

/** Lines clipped to a box. */
const clipLines = (lines, box) =>
  lines
    .flatMap((line) => {
      const { geometry } = bboxClip({ type: 'LineString', coordinates: line }, box);
      return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    })
    .filter((l) => l.length >= 2);

/** The four boxes that, with DETAIL, tile the world (a degree larger, so no coastline runs along an edge). */
const OUTSIDE = [
  [-181, -91, DETAIL[0], 91],
  [DETAIL[2], -91, 181, 91],
  [DETAIL[0], -91, DETAIL[2], DETAIL[1]],
  [DETAIL[0], DETAIL[3], DETAIL[2], 91],
];

/** Lines split into the parts inside DETAIL and outside it. */
const splitLines = (lines) => ({ inside: clipLines(lines, DETAIL), outside: OUTSIDE.flatMap((box) => clipLines(lines, box)) });

// --- the antimeridian ------------------------------------------------------------------------------
// world-atlas is spherical: a ring or line that crosses the antimeridian (Chukotka, Fiji, Antarctica)
// jumps from +180 to -180, and GeoJSON renderers are planar. d3-geo cuts such geometry only inside
// its projection streams, not GeoJSON to GeoJSON, so the cut is written here: lines are split at
// ±180; polygons are unwrapped (longitudes made continuous) and then clipped back into the world.

/** Cuts lines where they jump across the antimeridian. */
function cutLinesAtAntimeridian(lines) {
  const out = [];
  for (const line of lines) {
    let cur = [line[0]];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (Math.abs(b[0] - a[0]) > 180) {
        const side = a[0] > 0 ? 180 : -180;
        const bx = b[0] + (a[0] > 0 ? 360 : -360);
        const y = a[1] + ((b[1] - a[1]) * (side - a[0])) / (bx - a[0]);
        cur.push([side, y]);
        if (cur.length >= 2) out.push(cur);
        cur = [[-side, y]];
      }
      cur.push(b);
    }
    if (cur.length >= 2) out.push(cur);
  }
  // Drop the stretches that run along ±180 itself: where Natural Earth cut a country (Fiji, Russia)
  // in two, they are no coast and no border.
  const onSeam = (a, b) => Math.abs(a[0]) >= 179.9999 && Math.abs(b[0]) >= 179.9999 && a[0] === b[0];
  return out.flatMap((line) => {
    const runs = [[line[0]]];
    for (let i = 1; i < line.length; i++) {
      if (onSeam(line[i - 1], line[i])) runs.push([line[i]]);
      else runs[runs.length - 1].push(line[i]);
    }
    return runs.filter((run) => run.length >= 2);
  });
}

const jumps = (ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);

/** Makes polygons planar: rings that jump across ±180 are unwrapped, then cut back into the world. */
function cutPolygonsAtAntimeridian(polygons) {
  const out = [];
  for (const rings of polygons) {
    if (!rings.some(jumps)) {
      const solid = withArea(rings);
      if (solid.length) out.push(solid);
      continue;
    }
    const unwrapped = rings.map((ring) => {
      const u = [ring[0]];
      for (let i = 1; i < ring.length; i++) {
        const prev = u[i - 1][0];
        let x = ring[i][0];
        while (x - prev > 180) x -= 360;
        while (x - prev < -180) x += 360;
        u.push([x, ring[i][1]]);
      }
      const first = u[0];
      const last = u[u.length - 1];
      if (Math.abs(last[0] - first[0]) > 180) {
        // A ring around a pole (Antarctica's coast): close it along the pole's line.
        const y = first[1] < 0 ? -90 : 90;
        u.push([last[0], y], [first[0], y], first);
      }
      return u;
    });
    const solid = withArea(unwrapped);
    if (solid.length === 0) continue;
    const [fixed] = wind([solid]);
    for (const shift of [-360, 0, 360]) {
      for (const piece of clipPolygons([fixed], [-180 - shift, -91, 180 - shift, 91])) {
        out.push(piece.map((ring) => ring.map(([x, y]) => [x + shift, y])));
      }
    }
  }
  return out;
}

/** The rings that have an area, the first too: Natural Earth wraps Antarctica in a ring along the
 * pole's line. The first ring left is the exterior. Only for planar rings: Turf's area of a ring
 * that jumps across ±180 is wrong. */
const withArea = (rings) => rings.filter((ring) => km2([ring]) > 0.1);

/** The polygons of a GeoJSON geometry, planar, wound as RFC 7946 says. */
const planarPolygons = (geometry) => wind(cutPolygonsAtAntimeridian(polygonsOf(geometry)));

/** Pole of inaccessibility (polylabel) on a plane where one unit is one degree of latitude, so a
 * label sits well at high latitudes too. */
function labelPoint(rings, precision) {
  const ys = rings[0].map(([, y]) => y);
  const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  const [x, y] = polylabel(rings.map((r) => r.map(([px, py]) => [px * k, py])), precision);
  return [x / k, y];
}

// --- build -------------------------------------------------------------------------------------

function countryProperties(geometry) {
  const iso = geometry.id ?? null;
  const props = { name: geometry.properties.name, iso_n3: iso };
  const n = iso && NAMES[iso];
  if (n) {
    props.iso_a2 = n[0];
    props.name_ar = n[1];
    props.name_ru = n[2];
    if (n[3]) props.name_local = n[3] === 'ar' ? n[1] : n[2];
  }
  return props;
}

const featureId = (iso, index) => (iso ? Number(iso) : 1000 + index);

function write(name, features) {
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(OUT, name), text);
  const bytes = Buffer.byteLength(text);
  console.log(`${name.padEnd(30)} ${features.length.toString().padStart(4)} features ${bytes.toString().padStart(8)} bytes`);
  return bytes;
}

mkdirSync(OUT, { recursive: true });

/** Drops the polygons of a country (in the topology) smaller than minKm2, except its largest. */
function dropSmallPolygons(topology, minKm2) {
  const features = topoFeature(topology, topology.objects.countries).features;
  const geometries = topology.objects.countries.geometries.map((g, i) => {
    if (g.type !== 'MultiPolygon') return g;
    const areas = polygonsOf(features[i].geometry).map((rings) => sum(planarPolygons({ type: 'Polygon', coordinates: rings }).map(km2)));
    const largest = areas.indexOf(Math.max(...areas));
    const arcs = g.arcs.filter((_, j) => j === largest || areas[j] >= minKm2);
    return { ...g, arcs };
  });
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } } };
}

// 1:50m world
const raw50 = readJson('world-atlas/countries-50m.json');
const full50 = topoFeature(raw50, raw50.objects.countries).features;
const world50 = dropSmallPolygons(simplified(raw50, MIN_WEIGHT_50M), MIN_ISLAND_KM2);
const countries50 = topoFeature(world50, world50.objects.countries).features;
const labelFeatures = [];
world50.objects.countries.geometries.forEach((g, index) => {
  let polygons = roundPolygons(planarPolygons(countries50[index].geometry), 2);
  // A small country that simplification or rounding would erase keeps its unsimplified outline.
  if (polygons.length === 0) polygons = roundPolygons(planarPolygons(full50[index].geometry), 2);
  if (polygons.length === 0) return;
  const properties = countryProperties(g);
  const id = featureId(g.id, index);
  // Label: pole of inaccessibility of the largest polygon (computed on the unsimplified geometry).
  const full = planarPolygons(full50[index].geometry);
  const areas = full.map(km2);
  const largest = full[areas.indexOf(Math.max(...areas))];
  const total = sum(areas);
  const rank = total > 3e6 ? 1 : total > 6e5 ? 2 : total > 1.5e5 ? 3 : total > 3e4 ? 4 : total > 5e3 ? 5 : 6;
  const [x, y] = labelPoint(largest, 0.05).map(roundTo(2));
  labelFeatures.push({ type: 'Feature', id, properties: { ...properties, rank }, geometry: { type: 'Point', coordinates: [x, y] } });
});

// Land: all countries merged, cut into the part outside DETAIL ("world") and inside it ("detail").
const land = planarPolygons(merge(world50, world50.objects.countries.geometries));
const landFeatures = [
  ['world', OUTSIDE.flatMap((box) => clipPolygons(land, box))],
  ['detail', clipPolygons(land, DETAIL)],
].map(([zone, polygons], i) => ({ type: 'Feature', id: i + 1, properties: { zone }, geometry: polygonGeometry(roundPolygons(polygons, 2)) }));

/** A topology's mesh (filtered as topojson-client's mesh does), planar and rounded, split at DETAIL. */
function meshLines(topology, filter, digits) {
  const lines = cutLinesAtAntimeridian(mesh(topology, topology.objects.countries, filter).coordinates);
  return splitLines(lines.map((l) => roundLine(l, digits)).filter((l) => l.length >= 2));
}

const rounded = (lines, digits) => lines.map((l) => roundLine(l, digits)).filter((l) => l.length >= 2);

const zoned = (split) =>
  [
    ['world', split.outside],
    ['detail', split.inside],
  ]
    .filter(([, lines]) => lines.length)
    .map(([zone, lines], i) => ({ type: 'Feature', id: i + 1, properties: { zone }, geometry: lineGeometry(rounded(lines, 2)) }));

let overview = 0;
overview += write('land.geojson', landFeatures);
overview += write('borders.geojson', zoned(meshLines(world50, (a, b) => a !== b, 2)));
overview += write('country-labels.geojson', labelFeatures);

// 1:10m detail around the Levant
const world10 = simplified(readJson('world-atlas/countries-10m.json'), MIN_WEIGHT_10M);
const countries10 = topoFeature(world10, world10.objects.countries).features;
const detailFeatures = [];
world10.objects.countries.geometries.forEach((g, index) => {
  const polygons = roundPolygons(clipPolygons(planarPolygons(countries10[index].geometry), DETAIL), 3);
  if (polygons.length === 0) return;
  detailFeatures.push({ type: 'Feature', id: featureId(g.id, index), properties: { kind: 'country', ...countryProperties(g) }, geometry: polygonGeometry(polygons) });
});
const lines10 = (filter, kind, id) => ({ type: 'Feature', id, properties: { kind }, geometry: lineGeometry(rounded(meshLines(world10, filter, 3).inside, 3)) });
detailFeatures.push(lines10((a, b) => a !== b, 'border', 9001), lines10((a, b) => a === b, 'coastline', 9002));
write('countries-10m-levant.geojson', detailFeatures);

// Cities
const cityFeatures = CITIES.map((c, i) => {
  const properties = { name: c.name };
  if (c.name_ar) properties.name_ar = c.name_ar;
  if (c.name_ru) properties.name_ru = c.name_ru;
  Object.assign(properties, { country: c.country, rank: c.rank, origin: c.origin });
  return { type: 'Feature', id: i + 1, properties, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } };
});
overview += write('cities.geojson', cityFeatures);

console.log(`overview (land, borders, labels, cities): ${overview} bytes; detail box ${DETAIL.join(',')} from zoom ${DETAIL_MINZOOM}`);
