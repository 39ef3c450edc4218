/**
 * `npm run build` runs this after Vite: nothing the geodata holds may be lost on the way to the
 * static site. Every place has its page with all its excerpts, every source its full-text page
 * with every excerpt as an element of its own, every arc's excerpts stand on the overview, every
 * route has its static map (and link preview), and the 404 page exists. Each problem names the
 * built file and what is missing; exit 1.
 *
 * Usage: tsx scripts/verify-build.ts [build-folder=$BUILD_DIR|build] [dossier-folder=$DOSSIER_DIR|.]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGeodataFiles } from '../src/lib/data/geodata-files';
import { arcLayers, dossierLinks, excerptKey } from '../src/lib/data/links';
import { validateDossier } from '../src/lib/data/validate';
import { quotesShown } from '../src/lib/server/shown-quotes';

const [buildDir = process.env.BUILD_DIR ?? 'build', dossierDir = process.env.DOSSIER_DIR ?? process.cwd()] = process.argv.slice(2);
const { dossier } = validateDossier(readGeodataFiles(dossierDir));
if (!dossier) {
	console.error('verify-build: the geodata is invalid; run npm run check:geodata');
	process.exit(1);
}

const links = dossierLinks(dossier);
const problems: string[] = [];
const pages = new Map<string, string | null>();
function page(path: string): string | null {
	if (!pages.has(path)) pages.set(path, existsSync(join(buildDir, path)) ? readFileSync(join(buildDir, path), 'utf8') : null);
	return pages.get(path)!;
}
/** Whether the page shows the quote as a reader reads it: the text of one of its quotations. */
const shown = new Map<string, Set<string>>();
const shows = (file: string, quote: string) => {
	if (!shown.has(file)) shown.set(file, new Set(quotesShown(page(file) ?? '')));
	return shown.get(file)!.has(quote);
};

for (const file of ['index.html', '404.html']) if (page(file) === null) problems.push(`${buildDir}/${file}: missing`);
for (const place of dossier.places) {
	const file = `place/${place.id}.html`;
	const html = page(file);
	if (html === null) {
		problems.push(`${buildDir}/${file}: missing: place "${place.id}" has no page`);
		continue;
	}
	for (const excerpt of links.excerptsOfPlace(place.id)) {
		if (!shows(file, excerpt.quote)) problems.push(`${buildDir}/${file}: excerpt "${excerptKey(excerpt)}" is not shown`);
	}
}
for (const source of dossier.sources) {
	const file = `source/${source.id}.html`;
	const html = page(file);
	if (html === null) {
		problems.push(`${buildDir}/${file}: missing: source "${source.id}" has no full-text page`);
		continue;
	}
	for (const excerpt of links.excerptsOfSource(source.id)) {
		if (!html.includes(`id="${excerpt.id}"`)) problems.push(`${buildDir}/${file}: excerpt "${excerpt.id}" has no element of its own`);
	}
}
for (const layer of arcLayers(dossier.layers)) {
	for (const excerpt of links.excerptsOfArc(layer.id)) {
		if (!shows('index.html', excerpt.quote)) problems.push(`${buildDir}/index.html: excerpt "${excerptKey(excerpt)}" of layer "${layer.id}" is not shown`);
	}
}

// Every route has its static map, and (where the build makes them) its link-preview picture.
const files = (folder: string) => (existsSync(join(buildDir, folder)) ? readdirSync(join(buildDir, folder)) : []);
const hasPreviews = files('og').length > 0;
for (const [file, what] of [
	...['svg', 'png'].flatMap((format) => [
		[`static-map/index.${format}`, `the overview has no static map (${format})`],
		...dossier.places.map((place) => [`static-map/place/${place.id}.${format}`, `place "${place.id}" has no static map (${format})`]),
		...dossier.sources.map((source) => [`static-map/source/${source.id}.${format}`, `source "${source.id}" has no static map (${format})`])
	]),
	...(hasPreviews
		? [['og/index.png', 'the overview has no link preview'], ...dossier.places.map((place) => [`og/place/${place.id}.png`, `place "${place.id}" has no link preview`])]
		: [])
] as [string, string][]) {
	if (!existsSync(join(buildDir, file))) problems.push(`${buildDir}/${file}: missing: ${what}`);
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`verify-build: ${dossier.places.length} place pages, ${dossier.sources.length} source pages, ${dossier.excerpts.length} excerpts, ${dossier.places.length + 1 + dossier.sources.length} static maps (SVG and PNG), ${hasPreviews ? files('og/place').length + 1 : 0} link previews — nothing lost`);
