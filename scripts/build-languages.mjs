// Writes src/lib/lang/languages.json: each country's official languages, each language's script
// and writing direction, from CLDR (Unicode, https://www.unicode.org/license.txt) as the npm package
// cldr-core ships it. The one table that says which language a country's native names are in.
// Run: node scripts/build-languages.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const territoryInfo = require('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo;
const likelySubtags = require('cldr-core/supplemental/likelySubtags.json').supplemental.likelySubtags;
const { version } = JSON.parse(readFileSync(require.resolve('cldr-core/package.json'), 'utf8'));

// Regional official languages (Tatar in Russia, Catalan in Spain) hold only in part of a country:
// a name in one of them is not the country's own name for a place, so they are left out.
const NATIONAL = new Set(['official', 'de_facto_official']);

const countries = {};
const languages = new Set();
for (const [country, info] of Object.entries(territoryInfo)) {
	if (!/^[A-Z]{2}$/.test(country)) continue;
	const official = Object.entries(info.languagePopulation ?? {})
		.filter(([, l]) => NATIONAL.has(l._officialStatus))
		.sort(([a, p], [b, q]) => Number(q._populationPercent) - Number(p._populationPercent) || (a < b ? -1 : 1))
		.map(([tag]) => tag.replace('_', '-'));
	if (official.length === 0) continue;
	countries[country] = official;
	for (const tag of official) languages.add(tag);
}

const scripts = {};
const rtl = [];
for (const tag of [...languages].sort()) {
	const likely = likelySubtags[tag.replace('-', '_')] ?? likelySubtags[tag.split('-')[0]];
	const script = /-([A-Z][a-z]{3})(?:-|$)/.exec(tag)?.[1] ?? likely?.split('-')[1];
	if (!script) throw new Error(`CLDR gives no script for ${tag}`);
	scripts[tag] = script;
	// ICU (CLDR's layout data) knows each language's direction.
	if (new Intl.Locale(tag).textInfo?.direction === 'rtl') rtl.push(tag);
}

const out = {
	source: `CLDR ${version} (cldr-core): territoryInfo official and de facto official languages, likelySubtags scripts; Unicode licence`,
	countries,
	scripts,
	rtl
};
writeFileSync(new URL('../src/lib/lang/languages.json', import.meta.url), JSON.stringify(out) + '\n');
console.log(`${Object.keys(countries).length} countries, ${languages.size} languages, ${rtl.length} right to left`);
