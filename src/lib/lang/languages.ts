// The one table of which languages a country speaks officially and how each is written, derived
// from CLDR by scripts/build-languages.mjs. Native names, the map's labels and a text's direction
// all ask it, so that no region or language is special in the code.
import table from './languages.json';

const countries: Record<string, readonly string[]> = table.countries;
const scripts: Record<string, string> = table.scripts;
const rightToLeft = new Set(table.rtl);

/**
 * A country's national official languages (official or de facto), most speakers first, as BCP 47
 * tags; empty for a code CLDR does not know.
 * @param country - ISO 3166-1 alpha-2, any case
 * @example officialLanguages('BY') // ['ru', 'be']
 */
export function officialLanguages(country: string): readonly string[] {
	return countries[country.toUpperCase()] ?? [];
}

/** The language's own script (ISO 15924, e.g. `Arab`, `Cyrl`), or undefined for a tag CLDR's table lacks. */
export function scriptOf(tag: string): string | undefined {
	return scripts[tag] ?? scripts[baseLanguage(tag)];
}

const letters = /\p{L}/gu;
/** ISO 15924 codes that name a way of writing with several Unicode scripts, which a regular
 * expression's Script property does not know: Japanese mixes kanji and both kana, Korean hangul
 * and hanja; simplified and traditional Chinese are both Han. */
const WRITTEN_WITH: Record<string, string[]> = { Jpan: ['Hani', 'Hira', 'Kana'], Kore: ['Hang', 'Hani'], Hans: ['Hani'], Hant: ['Hani'] };
const scriptTests = new Map<string, RegExp>();

/**
 * Whether every letter of `name` is in the language's script: a name a data set tags `ar` but
 * writes in Latin letters is a fallback, not an Arabic name.
 */
export function isWrittenIn(name: string, tag: string): boolean {
	const script = scriptOf(tag);
	if (!script) return false;
	let test = scriptTests.get(script);
	if (!test) {
		const parts = (WRITTEN_WITH[script] ?? [script]).map((part) => `\\p{Script_Extensions=${part}}`).join('');
		scriptTests.set(script, (test = new RegExp(`^[${parts}]$`, 'u')));
	}
	const found = name.match(letters);
	return !!found && found.every((letter) => test.test(letter));
}

/** `rtl` for languages written right to left (Arabic, Hebrew, Persian…), else `ltr`. */
export function textDirection(tag: string): 'rtl' | 'ltr' {
	return rightToLeft.has(tag) || rightToLeft.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

function baseLanguage(tag: string): string {
	return tag.split(/[-_]/)[0]!.toLowerCase();
}
