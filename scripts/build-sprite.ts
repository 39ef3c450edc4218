#!/usr/bin/env tsx
// scripts/build-sprite.ts — writes the offline basemap's landmark symbols.
//
// What: an airport and a port symbol, each a Maki glyph (npm @mapbox/maki, CC0: the icon set made
// for web maps) in the landmark grey on a white disc with a grey ring, so that it reads on land and
// water alike. Written as
//   static/basemap/sprite.json, sprite.png, sprite@2x.json, sprite@2x.png — a MapLibre sprite
//     (https://maplibre.org/maplibre-style-spec/sprite/) for the live map, 1× and 2× screens;
//   src/lib/map/landmark-icons.json — the same symbols as SVG markup, for the static map.
// One SVG drawing is the source of both, rendered to PNG by resvg (npm @resvg/resvg-js).
// Deterministic: same inputs, same bytes.
//
// Usage: npx tsx scripts/build-sprite.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The symbols: their name in the style (`icon-image`) and the Maki icon drawn inside. */
const SYMBOLS = [
	{ name: 'airport', maki: 'airport' },
	{ name: 'port', maki: 'harbor' }
];
/** A symbol's size in CSS pixels: a little larger than a town's dot, smaller than a dossier place's. */
const SIZE = 15;
/** The Maki glyph's size inside the disc (Maki draws on a 15-unit grid). */
const GLYPH = 8.5;
const INK = '#5b5f73';
const MAKI_GRID = 15;

const MAKI = join(process.cwd(), 'node_modules', '@mapbox', 'maki', 'icons');

/** The `d` of a Maki icon's paths, its XML character references read. */
function makiPaths(icon: string): string[] {
	const svg = readFileSync(join(MAKI, `${icon}.svg`), 'utf8');
	const decode = (d: string) => d.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/\s+/g, ' ').trim();
	return [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => decode(m[1]!));
}

/** One symbol as SVG markup, drawn in a SIZE × SIZE box from its top left corner. */
function symbolMarkup(maki: string): string {
	const r = SIZE / 2;
	const offset = (SIZE - GLYPH) / 2;
	const scale = GLYPH / MAKI_GRID;
	const paths = makiPaths(maki)
		.map((d) => `<path d="${d}"/>`)
		.join('');
	return `<circle cx="${r}" cy="${r}" r="${r - 0.75}" fill="#ffffff" stroke="${INK}" stroke-width="1.2"/><g transform="translate(${offset} ${offset}) scale(${scale})" fill="${INK}">${paths}</g>`;
}

const markup = Object.fromEntries(SYMBOLS.map(({ name, maki }) => [name, symbolMarkup(maki)]));
const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE * SYMBOLS.length}" height="${SIZE}" viewBox="0 0 ${SIZE * SYMBOLS.length} ${SIZE}">${SYMBOLS.map(
	({ name }, i) => `<g transform="translate(${i * SIZE} 0)">${markup[name]}</g>`
).join('')}</svg>`;

for (const ratio of [1, 2]) {
	const png = new Resvg(sheet, { fitTo: { mode: 'zoom', value: ratio }, font: { loadSystemFonts: false } }).render().asPng();
	const index = Object.fromEntries(SYMBOLS.map(({ name }, i) => [name, { x: i * SIZE * ratio, y: 0, width: SIZE * ratio, height: SIZE * ratio, pixelRatio: ratio }]));
	const suffix = ratio === 1 ? '' : `@${ratio}x`;
	writeFileSync(`static/basemap/sprite${suffix}.png`, png);
	writeFileSync(`static/basemap/sprite${suffix}.json`, JSON.stringify(index, null, '\t') + '\n');
	console.log(`static/basemap/sprite${suffix}.png: ${png.length} bytes`);
}
writeFileSync(
	'src/lib/map/landmark-icons.json',
	JSON.stringify({ source: 'Maki icons (npm @mapbox/maki, CC0) by scripts/build-sprite.ts', size: SIZE, icons: markup }, null, '\t') + '\n'
);
console.log('src/lib/map/landmark-icons.json written');
