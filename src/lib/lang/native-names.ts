// A place's names in its country's own languages, taken only from data that tags each name with
// its language: never picked by alphabet, which cannot tell Russian from Belarusian or Chuvash.
import { isWrittenIn, officialLanguages } from './languages';

/** Names a data set tags with their language, by BCP 47 tag, e.g. `{ ar: 'دمشق', en: 'Damascus' }`. */
export type Tagged = Readonly<Record<string, string>>;

/**
 * The tagged names of a place in its country's official languages (most speakers first), each
 * written in its language's script: a Latin fallback tagged `ar` is no Arabic name.
 * @param country - ISO 3166-1 alpha-2
 * @example nativeNames('SY', { ar: 'دمشق', en: 'Damascus', ru: 'Дамаск' }) // { ar: 'دمشق' }
 */
export function nativeNames(country: string, tagged: Tagged): Record<string, string> {
	const names: Record<string, string> = {};
	for (const tag of officialLanguages(country)) {
		const name = tagged[tag]?.trim();
		if (name && isWrittenIn(name, tag)) names[tag] = name;
	}
	return names;
}

/** The first of them, for a label that has room for one. */
export function nativeName(country: string, tagged: Tagged): { tag: string; name: string } | undefined {
	const [first] = Object.entries(nativeNames(country, tagged));
	return first && { tag: first[0], name: first[1] };
}

/**
 * A country's own names for itself in its official languages, from CLDR as `Intl.DisplayNames`
 * carries it; a language ICU has no data for is left out rather than given in English.
 * @example countryNames('BY') // { ru: 'Беларусь', be: 'Беларусь' }
 */
export function countryNames(country: string): Record<string, string> {
	const names: Record<string, string> = {};
	for (const tag of Intl.DisplayNames.supportedLocalesOf([...officialLanguages(country)])) {
		const name = new Intl.DisplayNames([tag], { type: 'region', fallback: 'none' }).of(country.toUpperCase());
		if (name && isWrittenIn(name, tag)) names[tag] = name;
	}
	return names;
}
