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
import { previewImagePath, STATIC_MAP_FORMATS, staticMapPath } from '../src/lib/url/paths';

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

// Every place and the overview have their static map, and when the build knows the site's address
// (PUBLIC_SITE_URL, which surfaces.json records), their link-preview picture.
const files = (folder: string) => (existsSync(join(buildDir, folder)) ? readdirSync(join(buildDir, folder)) : []);
const surfacesFile = join(buildDir, 'data/surfaces.json');
const hasPreviews = existsSync(surfacesFile) && (JSON.parse(readFileSync(surfacesFile, 'utf8')) as { siteUrl: string | null }).siteUrl !== null;
for (const [file, what] of [
	...STATIC_MAP_FORMATS.flatMap((format) => [
		[staticMapPath({ kind: 'overview' }, format), `the overview has no static map (${format})`],
		...dossier.places.map((place) => [staticMapPath({ kind: 'place', id: place.id }, format), `place "${place.id}" has no static map (${format})`])
	]),
	...(hasPreviews
		? [
				[previewImagePath({ kind: 'overview' }), 'the overview has no link preview'],
				...dossier.places.map((place) => [previewImagePath({ kind: 'place', id: place.id }), `place "${place.id}" has no link preview`])
			]
		: [])
] as [string, string][]) {
	// The paths are the site's (leading slash); the files lie below the build folder.
	if (!existsSync(join(buildDir, file))) problems.push(`${buildDir}${file}: missing: ${what}`);
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`verify-build: ${dossier.places.length} place pages, ${dossier.sources.length} source pages, ${dossier.excerpts.length} excerpts, ${dossier.places.length + 1} static maps (SVG and PNG), ${hasPreviews ? files('og/place').length + 1 : 0} link previews — nothing lost`);
