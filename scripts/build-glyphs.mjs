#!/usr/bin/env node
// scripts/build-glyphs.mjs — builds the map's signed-distance-field glyph PBFs.
//
// What it does
//   For each font stack below, renders every 256-codepoint range listed in RANGES from each of the
//   stack's font files with fontnik (SDF, 24 px, the format MapLibre's `glyphs` URL expects), then
//   composites the per-font PBFs of a range into one (the first font that has a codepoint wins), and
//   writes static/glyphs/<stack>/<start>-<end>.pbf. It also copies the fonts' licence to
//   static/glyphs/OFL.txt. Same fonts + same fontnik version => byte-identical output.
//
// Inputs (NOT needed on a fresh machine: the output PBFs are committed)
//   - Debian package fonts-noto-core (`apt-get install -y fonts-noto-core`, tested with 20201225-1):
//     /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold}.ttf
//     /usr/share/fonts/truetype/noto/NotoSansArabic-{Regular,Bold}.ttf
//     Override the folder with NOTO_DIR=/path/to/ttf.
//   - npm package fontnik@0.7.7 (native addon; ships a prebuilt linux-x64 binary, works on Node 20).
//     Resolved from ./node_modules, or from FONTNIK_DIR=/some/dir/node_modules/fontnik.
//
// Licences
//   Noto Sans and Noto Sans Arabic: SIL Open Font License 1.1 (copied to static/glyphs/OFL.txt;
//   the text is taken from Debian's /usr/share/doc/fonts-noto-core/copyright). Glyph PBFs are a
//   rendering of the fonts and stay under the OFL. fontnik itself is BSD-licensed and is not shipped.
//
// Ranges
//   Only the ranges that Latin, Latin-1, Latin Extended A/B/Additional, Greek (free, Noto Sans has
//   it), Cyrillic, Arabic (+ Supplement, Extended-A), General Punctuation and the Arabic
//   Presentation Forms A/B fall in. MapLibre 6 shapes Arabic itself into presentation forms
//   (U+FB50–FDFF, U+FE70–FEFF) and fetches those codepoints from the glyphs URL, so those ranges are
//   essential. A label with a character outside these ranges makes MapLibre request a missing range
//   (404) and draw that character with a local browser font instead.
//
// Usage: node scripts/build-glyphs.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const fontnik = require(process.env.FONTNIK_DIR || 'fontnik');

const NOTO_DIR = process.env.NOTO_DIR || '/usr/share/fonts/truetype/noto';
const OUT = join(root, 'static', 'glyphs');

/** Font stack name (as used in `text-font`) -> font files, in priority order. */
const STACKS = {
  'Noto Sans Regular': ['NotoSans-Regular.ttf', 'NotoSansArabic-Regular.ttf'],
  'Noto Sans Bold': ['NotoSans-Bold.ttf', 'NotoSansArabic-Bold.ttf'],
};

/** Start codepoints of the 256-codepoint ranges to build. */
const RANGES = [
  0x0000, // Basic Latin + Latin-1 Supplement
  0x0100, // Latin Extended-A, start of Latin Extended-B
  0x0200, // rest of Latin Extended-B, IPA, spacing modifiers
  0x0300, // combining diacritics, Greek
  0x0400, // Cyrillic
  0x0500, // Cyrillic Supplement (+ Armenian/Hebrew, not covered by these fonts)
  0x0600, // Arabic
  0x0700, // Arabic Supplement U+0750–077F
  0x0800, // Arabic Extended-A U+08A0–08FF
  0x1e00, // Latin Extended Additional (transliterations such as Ḥimṣ)
  0x2000, // General Punctuation (dashes, quotes, ZWJ/ZWNJ, …)
  0xfb00, // Latin ligatures; Arabic Presentation Forms-A from U+FB50
  0xfc00, // Arabic Presentation Forms-A
  0xfd00, // Arabic Presentation Forms-A, to U+FDFF
  0xfe00, // Arabic Presentation Forms-B U+FE70–FEFF
];

const range = (font, start, end) =>
  new Promise((resolve, reject) =>
    fontnik.range({ font, start, end }, (err, data) => (err ? reject(err) : resolve(data))),
  );
const composite = (buffers) =>
  new Promise((resolve, reject) =>
    fontnik.composite(buffers, (err, data) => (err ? reject(err) : resolve(data))),
  );

const fontCache = new Map();
function font(file) {
  if (!fontCache.has(file)) {
    const path = join(NOTO_DIR, file);
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: apt-get install -y fonts-noto-core (or set NOTO_DIR)`);
    }
    fontCache.set(file, readFileSync(path));
  }
  return fontCache.get(file);
}

let total = 0;
for (const [stack, files] of Object.entries(STACKS)) {
  const dir = join(OUT, stack);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const start of RANGES) {
    const end = start + 255;
    const parts = [];
    for (const file of files) parts.push(await range(font(file), start, end));
    const pbf = parts.length === 1 ? parts[0] : await composite(parts);
    writeFileSync(join(dir, `${start}-${end}.pbf`), pbf);
    total += pbf.length;
  }
  console.log(`${stack}: ${RANGES.length} ranges`);
}

// Licence: the OFL text as Debian ships it, in the stand-alone "License: OFL-1.1" paragraph of the
// package's copyright file (continuation lines start with a space; a lone "." is a blank line).
const copyright = readFileSync('/usr/share/doc/fonts-noto-core/copyright', 'utf8').split('\n');
const head = copyright.findIndex((l, i) => l === 'License: OFL-1.1' && copyright[i - 1] === '' && /^ \S/.test(copyright[i + 1] ?? ''));
if (head < 0) throw new Error('OFL text not found in /usr/share/doc/fonts-noto-core/copyright');
const body = [];
for (let i = head + 1; i < copyright.length && copyright[i].startsWith(' '); i++) {
  body.push(copyright[i] === ' .' ? '' : copyright[i].slice(1));
}
writeFileSync(
  join(OUT, 'OFL.txt'),
  'The glyph PBFs in this folder are rendered from Noto Sans and Noto Sans Arabic, taken from the\n' +
    'Debian package fonts-noto-core (20201225-1).\n' +
    'Copyright 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC. (https://github.com/notofonts)\n' +
    'This Font Software is licensed under the SIL Open Font License, Version 1.1:\n\n' +
    body.join('\n').trim() +
    '\n',
);
console.log(`wrote ${total} bytes of glyph PBFs to ${OUT}`);
