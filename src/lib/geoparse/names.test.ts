import { expect, test } from 'vitest';
import { guessLanguage, looksArabic, nameKey } from './names';

test('a key ignores case, accents, apostrophes and hyphens', () => {
	expect(nameKey('Şaydnāyā')).toBe('saydnaya');
	expect(nameKey('Al-Ḥasakah')).toBe('al hasakah');
	expect(nameKey("Dar`a")).toBe('dara');
});

test('a key folds Arabic letter variants and drops vowel marks and bidi controls', () => {
	expect(nameKey('طريف\u200e\u200e')).toBe('طريف');
	expect(nameKey('اللاذقيّة')).toBe(nameKey('اللاذقيه'));
	expect(nameKey('إدلب')).toBe('ادلب');
});

test('a text is taken for Arabic by its letters', () => {
	expect(looksArabic('وصل الأسد إلى موسكو')).toBe(true);
	expect(looksArabic('Assad arrived in Moscow')).toBe(false);
});

test('a text’s language is guessed from its script', () => {
	expect(guessLanguage('وصل الأسد إلى موسكو')).toBe('ar');
	expect(guessLanguage('Assad arrived in Moscow')).toBe('en');
	expect(guessLanguage('Асад прибыл в Москву')).toBe('und');
	expect(guessLanguage('')).toBe('en');
});
