#!/usr/bin/env node
// scripts/build-basemap.mjs — builds the offline basemap GeoJSON in static/basemap/.
//
// What it does (deterministic: same inputs => byte-identical output; no network, no clock, no random)
//   From Natural Earth 1:50m admin-0 countries (world-atlas countries-50m.json), after a
//   topology-preserving Douglas–Peucker simplification of its arcs (SIMPLIFY_50M) and leaving out
//   islands under MIN_ISLAND_KM2 (a country's largest polygon is always kept), it writes
//     land.geojson            all countries merged (topojson merge): the land fill. Two features,
//                             `zone` "world" (outside the DETAIL box) and "detail" (inside it), so
//                             that from zoom DETAIL_MINZOOM the style can swap the inside for 1:10m
//     borders.geojson         interior country borders, topojson mesh (a, b) => a !== b, `zone` as above
//     country-labels.geojson  one label point per country (pole of inaccessibility of its largest
//                             polygon): name, iso_n3 and, for the countries of NAMES below, iso_a2,
//                             name_ar, name_ru, name_local; `rank` 1 (largest) .. 6 (smallest)
//   (No separate coastline: the land/sea contrast shows the coast at these scales.)
//   From Natural Earth 1:10m admin-0 countries (world-atlas countries-10m.json), clipped to DETAIL:
//     countries-10m-levant.geojson  features with `kind`: "country" (polygons, same properties as
//                             country labels), "border" and "coastline" (lines: topojson meshes)
//   And a hand-written list of cities (CITIES below; each states its `origin`):
//     cities.geojson          points with name, name_ar / name_ru (native names), country, rank, origin
//   Rings crossing the antimeridian (Russia, Fiji, Antarctica) are cut at ±180 so that a planar
//   renderer draws them right; polygons are clipped to boxes without zero-width bridges; rings are
//   wound as RFC 7946 says. Coordinates are rounded to 2 decimals (~1 km) for 1:50m and 3 decimals
//   (~100 m) for 1:10m, with repeated points removed; output is compact JSON (no pretty-printing).
//   No Moscow detail file: there is no coast or border within ~400 km of Moscow to refine.
//
// Inputs: npm packages world-atlas@2.0.2 (Natural Earth 4.1.0 as TopoJSON) and topojson-client@3.1.0.
//
// Licences: Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/).
//   world-atlas (the TopoJSON conversion) is ISC-licensed, Copyright 2013-2019 Michael Bostock.
//   The derived GeoJSON is public domain data. Borders are Natural Earth's "de facto" admin-0 lines
//   and carry no political endorsement. The hand-written name table and city list are facts
//   (names, coordinates), with their origins stated below.
//
// Usage: node scripts/build-basemap.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const topojson = require('topojson-client');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'static', 'basemap');

/** The box [west, south, east, north] given 1:10m detail: Syria, Lebanon, Cyprus, Israel/Palestine,
 * Jordan, south-east Turkey, western Iraq. */
const DETAIL = [32, 29, 43, 38];
/** From this zoom the style draws the 1:10m file inside DETAIL (used only in the log line below). */
const DETAIL_MINZOOM = 6;
/** Douglas–Peucker tolerances in degrees of latitude: about 1 px at zoom 5 at 55° N, and at zoom 9. */
const SIMPLIFY_50M = 0.025;
const SIMPLIFY_10M = 0.002;
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

/** Rounds a ring; returns null when it collapses (fewer than 4 points). */
function roundRing(ring, d) {
  const out = roundLine(ring, d);
  const a = out[0];
  const b = out[out.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push([a[0], a[1]]);
  return out.length >= 4 && Math.abs(ringArea(out)) > 0 ? out : null;
}

/** Rounds a Polygon's or MultiPolygon's coordinates into an array of polygons (rings). */
function roundPolygons(polygons, d) {
  const out = [];
  for (const rings of polygons) {
    const outer = roundRing(rings[0], d);
    if (!outer) continue;
    const holes = rings.slice(1).map((h) => roundRing(h, d)).filter(Boolean);
    out.push([outer, ...holes]);
  }
  return out;
}

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

/** Signed planar area of a ring (positive when counter-clockwise). */
function ringArea(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return s / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
function rewind(polygons) {
  return polygons.map((rings) =>
    rings.map((ring, i) => ((ringArea(ring) > 0) === (i === 0) ? ring : [...ring].reverse())),
  );
}

/** Approximate area in km² of a polygon (rings), equirectangular at each edge's latitude. */
function areaKm2(rings) {
  const k = 111.32 * 111.32;
  let total = 0;
  rings.forEach((ring, i) => {
    let s = 0;
    for (let a = 0, b = ring.length - 1; a < ring.length; b = a++) {
      const cos = Math.cos(((ring[a][1] + ring[b][1]) / 2) * (Math.PI / 180));
      s += (ring[b][0] - ring[a][0]) * cos * (ring[b][1] + ring[a][1]);
    }
    total += (i === 0 ? 1 : -1) * Math.abs(s / 2);
  });
  return total * k;
}

// --- topology simplification -------------------------------------------------------------------
// Douglas–Peucker on each arc of the topology, endpoints kept, so that a border shared by two
// countries is simplified once and the polygons, borders and coastline still meet exactly.
// Distances are measured on a plane where one unit is one degree of latitude.

function simplifyArc(points, tolerance) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    const k = Math.cos((points[first][1] * Math.PI) / 180);
    const [ax, ay] = [points[first][0] * k, points[first][1]];
    const [bx, by] = [points[last][0] * k, points[last][1]];
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = [points[i][0] * k, points[i][1]];
      let dx = bx - ax;
      let dy = by - ay;
      let t = dx || dy ? ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy) : 0;
      t = Math.max(0, Math.min(1, t));
      dx = px - (ax + dx * t);
      dy = py - (ay + dy * t);
      const d = dx * dx + dy * dy;
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index >= 0 && maxD > tolerance * tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A copy of a quantized topology with absolute, simplified arcs (and no transform). */
function simplifyTopology(topology, tolerance) {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
    return simplifyArc(points, tolerance);
  });
  const { transform, ...rest } = topology;
  return { ...rest, arcs };
}

// --- rectangle clipping --------------------------------------------------------------------------
// Lines are cut where they cross the box's edges. Polygons are clipped the way d3-geo and other
// cartographic clippers do it (Weiler–Atherton for a rectangle): each ring is cut into the pieces
// inside the box, and each piece is joined to the next one by walking counter-clockwise along the
// box's edge, so the result has no zero-width "bridges" along the edges. Rings must be wound as
// RFC 7946 says (exterior counter-clockwise, holes clockwise); rewind() does that.

const inBox = (p, b) => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

/** Parameters t in (0, 1) where segment a→b crosses the box's edge lines, sorted. */
function crossings(a, b, box) {
  const ts = [];
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const x of [box[0], box[2]]) if (dx) ts.push((x - a[0]) / dx);
  for (const y of [box[1], box[3]]) if (dy) ts.push((y - a[1]) / dy);
  return ts.filter((t) => t > 0 && t < 1).sort((p, q) => p - q);
}

/** Walks a line and returns its consecutive parts, each wholly inside or outside the box. */
function walk(line, box) {
  const parts = [];
  let cur = { inside: null, points: [line[0]] };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    let prevT = 0;
    for (const t of [...crossings(a, b, box), 1]) {
      const p = t === 1 ? b : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      const midT = (prevT + t) / 2;
      const midIn = inBox([a[0] + (b[0] - a[0]) * midT, a[1] + (b[1] - a[1]) * midT], box);
      if (cur.inside === null) cur.inside = midIn;
      if (midIn !== cur.inside) {
        parts.push(cur);
        cur = { inside: midIn, points: [cur.points[cur.points.length - 1]] };
      }
      cur.points.push(p);
      prevT = t;
    }
  }
  if (cur.points.length >= 2) parts.push(cur);
  return parts;
}

/** Splits lines into the parts inside and outside a box. */
function splitLines(lines, box) {
  const result = { inside: [], outside: [] };
  for (const line of lines) {
    for (const part of walk(line, box)) result[part.inside ? 'inside' : 'outside'].push(part.points);
  }
  return result;
}

/** Position of a point on the box's edge, counter-clockwise from the south-west corner. */
function perimeter(p, [x0, y0, x1, y1]) {
  const w = x1 - x0;
  const h = y1 - y0;
  const e = 1e-9;
  if (Math.abs(p[1] - y0) < e) return p[0] - x0;
  if (Math.abs(p[0] - x1) < e) return w + (p[1] - y0);
  if (Math.abs(p[1] - y1) < e) return w + h + (x1 - p[0]);
  return 2 * w + h + (y1 - p[1]);
}

function pointInRing([x, y], ring) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
}

/** Clips polygons (arrays of rings) to a box; returns polygons. */
function clipPolygons(polygons, box) {
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  const corners = [[x1, y0, w], [x1, y1, w + h], [x0, y1, 2 * w + h], [x0, y0, 2 * (w + h)]];
  const total = 2 * (w + h);
  const out = [];
  for (const rings of polygons) {
    const pieces = [];
    const whole = { outers: [], holes: [] };
    let boxInside = false; // the box lies wholly inside this polygon
    rings.forEach((ring, r) => {
      const parts = walk(ring, box);
      if (parts.length === 1) {
        if (parts[0].inside) (r === 0 ? whole.outers : whole.holes).push(ring);
        else if (pointInRing([x0 + w / 2, y0 + h / 2], ring)) boxInside = r === 0 ? true : 'hole';
        return;
      }
      // A ring starts and ends at the same point: glue its last part to its first.
      if (parts[0].inside === parts[parts.length - 1].inside) {
        const last = parts.pop();
        parts[0].points = [...last.points, ...parts[0].points.slice(1)];
      }
      for (const part of parts) if (part.inside) pieces.push(part.points);
    });
    if (boxInside === 'hole') continue;
    if (boxInside === true && pieces.length === 0) whole.outers.push([[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]);
    // Join the pieces: from each piece's end, walk counter-clockwise along the edge to the nearest start.
    const starts = pieces.map((p) => perimeter(p[0], box));
    const used = new Array(pieces.length).fill(false);
    for (let i = 0; i < pieces.length; i++) {
      if (used[i]) continue;
      const ring = [];
      let k = i;
      while (!used[k]) {
        used[k] = true;
        ring.push(...pieces[k]);
        const end = pieces[k][pieces[k].length - 1];
        const s = perimeter(end, box);
        let next = -1;
        let best = Infinity;
        for (let j = 0; j < pieces.length; j++) {
          const d = (starts[j] - s + total) % total;
          if ((j === i || !used[j]) && d < best) {
            best = d;
            next = j;
          }
        }
        for (const [cx, cy, cs] of [...corners, ...corners.map(([a, b, c]) => [a, b, c + total])]) {
          const dc = cs - s;
          if (dc > 0 && dc < best) ring.push([cx, cy]);
        }
        k = next;
      }
      ring.push(ring[0]);
      whole.outers.push(ring);
    }
    for (const outer of whole.outers) {
      out.push([outer, ...whole.holes.filter((hole) => pointInRing(hole[0], outer) || pointInRing(hole[1], outer))]);
    }
  }
  return out;
}

// --- the antimeridian ------------------------------------------------------------------------------
// world-atlas is in spherical coordinates: a ring or line that crosses the antimeridian (Russia's
// Chukotka, Fiji, Antarctica) simply jumps from +180 to -180. GeoJSON renderers are planar, so such
// lines are cut at ±180 and such polygons are unwrapped and clipped into the [-180, 180] world.

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

/** Makes polygons planar: rings that jump across ±180 are unwrapped, then cut back into the world. */
function cutPolygonsAtAntimeridian(polygons) {
  const out = [];
  for (const rings of polygons) {
    if (!rings.some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180))) {
      out.push(rings);
      continue;
    }
    const unwrapped = rings.map((ring, r) => {
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
      if (r === 0 && Math.abs(last[0] - first[0]) > 180) {
        // A ring around a pole (Antarctica): close it along the pole's line.
        const y = first[1] < 0 ? -90 : 90;
        u.push([last[0], y], [first[0], y], first);
      }
      return u;
    });
    const [fixed] = rewind([unwrapped]);
    for (const shift of [-360, 0, 360]) {
      const box = [-180 - shift, -91, 180 - shift, 91];
      for (const piece of clipPolygons([fixed], box)) {
        out.push(piece.map((ring) => ring.map(([x, y]) => [x + shift, y])));
      }
    }
  }
  return out;
}

/** Drops zero-area holes (Natural Earth closes Antarctica with one along the pole's line). */
function dropFlatRings(polygons) {
  return polygons.map((rings) => rings.filter((ring, i) => i === 0 || Math.abs(ringArea(ring)) > 1e-6));
}

/** The polygons of a GeoJSON geometry, planar, wound as RFC 7946 says. */
function planarPolygons(geometry) {
  return rewind(cutPolygonsAtAntimeridian(rewind(dropFlatRings(polygonsOf(geometry)))));
}

// --- label points: pole of inaccessibility (after Mapbox's polylabel, ISC), on a local plane -----

function pointToRingsDistance(x, y, rings) {
  let inPoly = false;
  let min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inPoly = !inPoly;
      let px = a[0];
      let py = a[1];
      let dx = b[0] - px;
      let dy = b[1] - py;
      if (dx || dy) {
        const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
          px = b[0];
          py = b[1];
        } else if (t > 0) {
          px += dx * t;
          py += dy * t;
        }
      }
      dx = x - px;
      dy = y - py;
      min = Math.min(min, dx * dx + dy * dy);
    }
  }
  return (inPoly ? 1 : -1) * Math.sqrt(min);
}

function polylabel(rings, precision) {
  // Work on a plane where one unit is one degree of latitude, so labels sit well at high latitudes.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of rings[0]) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const plane = rings.map((r) => r.map(([x, y]) => [x * k, y]));
  minX *= k;
  maxX *= k;
  const cell = (x, y, h) => {
    const d = pointToRingsDistance(x, y, plane);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX / k, minY];
  const queue = [];
  for (let x = minX; x < maxX; x += size) for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  // Start from the area centroid, as polylabel does.
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  const ring = plane[0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[i][0] * ring[j][1] - ring[j][0] * ring[i][1];
    cx += (ring[i][0] + ring[j][0]) * f;
    cy += (ring[i][1] + ring[j][1]) * f;
    a2 += f * 3;
  }
  let best = a2 ? cell(cx / a2, cy / a2, 0) : cell(ring[0][0], ring[0][1], 0);
  while (queue.length) {
    queue.sort((p, q) => p.max - q.max);
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return [best.x / k, best.y];
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
  const features = topojson.feature(topology, topology.objects.countries).features;
  const geometries = topology.objects.countries.geometries.map((g, i) => {
    if (g.type !== 'MultiPolygon') return g;
    const areas = polygonsOf(features[i].geometry).map(areaKm2);
    const largest = areas.indexOf(Math.max(...areas));
    const arcs = g.arcs.filter((_, j) => j === largest || areas[j] >= minKm2);
    return { ...g, arcs };
  });
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } } };
}

/** The four boxes that, with DETAIL, tile the world (a degree larger, so no coastline runs along an edge). */
const OUTSIDE = [
  [-181, -91, DETAIL[0], 91],
  [DETAIL[2], -91, 181, 91],
  [DETAIL[0], -91, DETAIL[2], DETAIL[1]],
  [DETAIL[0], DETAIL[3], DETAIL[2], 91],
];

// 1:50m world
const raw50 = readJson('world-atlas/countries-50m.json');
const full50 = topojson.feature(raw50, raw50.objects.countries).features;
const world50 = dropSmallPolygons(simplifyTopology(raw50, SIMPLIFY_50M), MIN_ISLAND_KM2);
const countries50 = topojson.feature(world50, world50.objects.countries).features;
const countryFeatures = [];
const labelFeatures = [];
world50.objects.countries.geometries.forEach((g, index) => {
  let polygons = rewind(roundPolygons(planarPolygons(countries50[index].geometry), 2));
  // A small country that simplification or rounding would erase keeps its unsimplified outline.
  if (polygons.length === 0) polygons = rewind(roundPolygons(planarPolygons(full50[index].geometry), 2));
  const geometry = polygonGeometry(polygons);
  if (!geometry) return;
  const properties = countryProperties(g);
  const id = featureId(g.id, index);
  countryFeatures.push({ type: 'Feature', id, properties, geometry });
  // Label: pole of inaccessibility of the largest polygon (computed on the unsimplified geometry).
  const full = planarPolygons(full50[index].geometry);
  const areas = full.map(areaKm2);
  const largest = full[areas.indexOf(Math.max(...areas))];
  const area = areas.reduce((sum, x) => sum + x, 0);
  const rank = area > 3e6 ? 1 : area > 6e5 ? 2 : area > 1.5e5 ? 3 : area > 3e4 ? 4 : area > 5e3 ? 5 : 6;
  const [x, y] = polylabel(largest, 0.05).map(roundTo(2));
  labelFeatures.push({ type: 'Feature', id, properties: { ...properties, rank }, geometry: { type: 'Point', coordinates: [x, y] } });
});

// Land: all countries merged, cut into the part outside DETAIL ("world") and inside it ("detail").
const land = planarPolygons(topojson.merge(world50, world50.objects.countries.geometries));
const landOutside = OUTSIDE.flatMap((box) => clipPolygons(land, box));
const landFeatures = [
  ['world', landOutside],
  ['detail', clipPolygons(land, DETAIL)],
].map(([zone, polygons], i) => ({ type: 'Feature', id: i + 1, properties: { zone }, geometry: polygonGeometry(rewind(roundPolygons(polygons, 2))) }));

function meshFeatures(topology, filter, digits, box) {
  const mesh = topojson.mesh(topology, topology.objects.countries, filter);
  const lines = cutLinesAtAntimeridian(mesh.coordinates).map((l) => roundLine(l, digits)).filter((l) => l.length >= 2);
  return splitLines(lines, box);
}

const zoned = (split) =>
  [
    ['world', split.outside],
    ['detail', split.inside],
  ]
    .filter(([, lines]) => lines.length)
    .map(([zone, lines], i) => ({
      type: 'Feature',
      id: i + 1,
      properties: { zone },
      geometry: lineGeometry(lines.map((l) => roundLine(l, 2)).filter((l) => l.length >= 2)),
    }));

let overview = 0;
overview += write('land.geojson', landFeatures);
overview += write('borders.geojson', zoned(meshFeatures(world50, (a, b) => a !== b, 2, DETAIL)));
overview += write('country-labels.geojson', labelFeatures);

// 1:10m detail around the Levant
const world10 = simplifyTopology(readJson('world-atlas/countries-10m.json'), SIMPLIFY_10M);
const countries10 = topojson.feature(world10, world10.objects.countries).features;
const detailFeatures = [];
world10.objects.countries.geometries.forEach((g, index) => {
  const clipped = clipPolygons(planarPolygons(countries10[index].geometry), DETAIL);
  const geometry = polygonGeometry(rewind(roundPolygons(clipped, 3)));
  if (!geometry) return;
  detailFeatures.push({ type: 'Feature', id: featureId(g.id, index), properties: { kind: 'country', ...countryProperties(g) }, geometry });
});
const lines10 = (filter, kind, id) => {
  const { inside: lines } = meshFeatures(world10, filter, 3, DETAIL);
  return { type: 'Feature', id, properties: { kind }, geometry: lineGeometry(lines.map((l) => roundLine(l, 3)).filter((l) => l.length >= 2)) };
};
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
