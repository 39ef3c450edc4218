#!/usr/bin/env node
/**
 * Writes a synthetic, valid dossier (geodata/ as geodata/README.md describes it) for the scale
 * study: `node scripts/generate-dossier.mjs --out /tmp/scale-m --sources 100 --places 1000 --excerpts 10000`
 * writes /tmp/scale-m/geodata/{sources,places,excerpts,layers.json}. Deterministic (no randomness).
 *
 * Every excerpt quotes one whole line of its source, exactly (start/end offsets), and names one
 * place; every place is named at least once (excerpts ≥ places); every tenth line is a caption.
 * Places are small squares (counter-clockwise, anchor at the centre) on a grid over the world,
 * split into --layers place layers (default 5), plus one arc layer linking three excerpts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : fallback;
};
const out = resolve(option('--out', 'generated-dossier'));
const S = Number(option('--sources', 10));
const P = Number(option('--places', 100));
const E = Number(option('--excerpts', Math.max(P, 1000)));
const L = Math.min(Number(option('--layers', 5)), P);
if (!(S >= 1 && P >= 1 && E >= P && E >= S)) throw new Error('need sources ≥ 1, places ≥ 1, excerpts ≥ places and ≥ sources');

const geodata = join(out, 'geodata');
rmSync(geodata, { recursive: true, force: true });
for (const folder of ['sources', 'places', 'excerpts']) mkdirSync(join(geodata, folder), { recursive: true });

const pad = (n, width) => String(n).padStart(width, '0');
const placeId = (i) => `place-${pad(i + 1, String(P).length)}`;
const sourceId = (i) => `source-${pad(i + 1, String(S).length)}`;
const placeName = (i) => `Place ${i + 1}`;
const round6 = (x) => Math.round(x * 1e6) / 1e6;

// Places on a grid over lon −170…170, lat −55…70; the square's side shrinks with the grid.
const columns = Math.ceil(Math.sqrt(P * 2.7));
const rows = Math.ceil(P / columns);
const stepLon = 340 / columns;
const stepLat = 125 / Math.max(rows, 1);
const side = Math.min(stepLon, stepLat) * 0.4;
for (let i = 0; i < P; i++) {
	const lon = -170 + (i % columns) * stepLon + stepLon / 2;
	const lat = -55 + Math.floor(i / columns) * stepLat + stepLat / 2;
	const [x0, y0, x1, y1] = [lon - side / 2, lat - side / 2, lon + side / 2, lat + side / 2].map(round6);
	const place = {
		type: 'FeatureCollection',
		properties: {
			id: placeId(i),
			name: placeName(i),
			names: { ar: `مكان ${i + 1}` },
			aliases: [placeName(i)],
			kind: ['city', 'prison', 'air-base', 'naval-facility', 'building-complex'][i % 5],
			country: 'SY',
			description: `Synthetic place number ${i + 1}, generated for the scale benchmark.`
		},
		features: [
			{
				type: 'Feature',
				properties: { role: 'footprint', approximate: true, precision_m: 500, origin: 'generated: a square on a grid' },
				geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] }
			},
			{
				type: 'Feature',
				properties: { role: 'anchor', origin: 'generated: the centre of the square' },
				geometry: { type: 'Point', coordinates: [round6(lon), round6(lat)] }
			}
		]
	};
	writeFileSync(join(geodata, 'places', `${placeId(i)}.geojson`), JSON.stringify(place));
}

// Excerpt k names place k mod P (so every place is quoted); excerpts are dealt to sources in turn.
const perSource = Array.from({ length: S }, () => []);
for (let k = 0; k < E; k++) perSource[k % S].push(k);
const arcRefs = [];
for (let s = 0; s < S; s++) {
	const id = sourceId(s);
	const lines = [];
	const captionLines = [];
	const excerpts = [];
	let offset = 0;
	perSource[s].forEach((k, j) => {
		const line = j + 1;
		const caption = line % 10 === 0;
		const text = caption
			? `Photo: ${placeName(k % P)} seen from the road, item ${k + 1}.`
			: `Reports on day ${k + 1} said that ${placeName(k % P)} was mentioned again, in paragraph ${j + 1} of this synthetic source.`;
		if (caption) captionLines.push(line);
		const named = offset + text.indexOf(placeName(k % P));
		const mentions = [{ places: [placeId(k % P)], start: named, end: named + placeName(k % P).length, text: placeName(k % P) }];
		excerpts.push({ id: `e-${j + 1}`, places: [placeId(k % P)], start: offset, end: offset + text.length, quote: text, kind: caption ? 'caption' : 'paragraph', mentions });
		if (arcRefs.length < 3) arcRefs.push(`${id}/e-${j + 1}`);
		lines.push(text);
		offset += text.length + 1;
	});
	writeFileSync(join(geodata, 'sources', `${id}.txt`), lines.join('\n'));
	writeFileSync(
		join(geodata, 'sources', `${id}.json`),
		JSON.stringify({ id, title: `Synthetic source ${s + 1}`, publisher: null, date: '2024-12-09', language: 'en', url: null, captionLines }, null, 2)
	);
	writeFileSync(join(geodata, 'excerpts', `${id}.json`), JSON.stringify(excerpts, null, 1));
}

const colors = ['#CC79A7', '#D55E00', '#009E73', '#0072B2', '#E69F00', '#56B4E9', '#F0E442'];
const layers = Array.from({ length: L }, (_, l) => ({
	id: `layer-${l + 1}`,
	name: `Layer ${l + 1}`,
	kind: 'places',
	places: Array.from({ length: P }, (_, i) => i).filter((i) => i % L === l).map(placeId),
	color: colors[l % colors.length]
}));
layers.push({
	id: 'transfer',
	name: 'Reported transfer',
	kind: 'arc',
	from: placeId(0),
	to: { name: 'Moscow', coordinates: [37.6172, 55.7558], origin: 'generated' },
	excerpts: arcRefs,
	color: '#3A3A3A'
});
writeFileSync(join(geodata, 'layers.json'), JSON.stringify({ layers }, null, 1));
console.log(`generated ${S} sources, ${P} places, ${E} excerpts, ${L} place layers + 1 arc in ${geodata}`);
