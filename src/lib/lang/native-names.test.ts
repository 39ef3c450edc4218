import { describe, expect, test } from 'vitest';
import { countryNames, nativeName, nativeNames } from './native-names';

describe('nativeNames', () => {
	test('keeps the names tagged in the country’s official languages, and no other', () => {
		expect(nativeNames('SY', { ar: 'دمشق', en: 'Damascus', ru: 'Дамаск' })).toEqual({ ar: 'دمشق' });
		expect(nativeNames('BY', { be: 'Мінск', ru: 'Минск', en: 'Minsk' })).toEqual({ ru: 'Минск', be: 'Мінск' });
	});

	test('stores no Russian name where data tags only another language in the same alphabet', () => {
		// Cheboksary: a Chuvash spelling is Cyrillic too, but Russia's official language is Russian.
		expect(nativeNames('RU', { cv: 'Шупашкар' })).toEqual({});
		expect(nativeNames('RU', { be: 'Смаленск', ru: 'Смоленск' })).toEqual({ ru: 'Смоленск' });
	});

	test('refuses a name tagged with a language but written in another script', () => {
		expect(nativeNames('SA', { ar: 'Tārūt' })).toEqual({});
	});

	test('is empty for a country CLDR does not know', () => expect(nativeNames('ZZ', { en: 'Nowhere' })).toEqual({}));

	test('nativeName gives the first, for a one-name label', () => {
		expect(nativeName('IL', { ar: 'القدس', he: 'ירושלים' })).toEqual({ tag: 'he', name: 'ירושלים' });
		expect(nativeName('SY', { en: 'Damascus' })).toBeUndefined();
	});
});

test('countryNames takes a country’s own names from CLDR', () => {
	expect(countryNames('SY')).toEqual({ ar: 'سوريا' });
	expect(countryNames('by')).toEqual({ ru: 'Беларусь', be: 'Беларусь' });
});
