import { describe, expect, test } from 'vitest';
import { isWrittenIn, officialLanguages, scriptOf, textDirection } from './languages';

describe('officialLanguages', () => {
	test('lists national languages, most speakers first', () => {
		expect(officialLanguages('SY')).toEqual(['ar']);
		expect(officialLanguages('by')).toEqual(['ru', 'be']);
		expect(officialLanguages('IL')).toEqual(['he', 'ar']);
	});
	test('leaves out languages official in one region only', () => {
		expect(officialLanguages('RU')).toEqual(['ru']);
	});
	test('is empty for an unknown code', () => expect(officialLanguages('ZZ')).toEqual([]));
});

describe('isWrittenIn', () => {
	test('takes a name whose letters are all in the language’s script', () => {
		expect(scriptOf('ar')).toBe('Arab');
		expect(isWrittenIn('دمشق', 'ar')).toBe(true);
		expect(isWrittenIn('Ростов-на-Дону', 'ru')).toBe(true);
	});
	test('refuses a Latin fallback tagged with another language', () => {
		expect(isWrittenIn('Tārūt', 'ar')).toBe(false);
		expect(isWrittenIn('Moskva', 'ru')).toBe(false);
		expect(isWrittenIn('', 'ru')).toBe(false);
	});
	test('knows the scripts of languages written with several (Japanese, Korean, Chinese)', () => {
		expect(isWrittenIn('東京', 'ja')).toBe(true);
		expect(isWrittenIn('さいたま市', 'ja')).toBe(true);
		expect(isWrittenIn('ヨーロッパ', 'ja')).toBe(true);
		expect(isWrittenIn('서울', 'ko')).toBe(true);
		expect(isWrittenIn('北京', 'zh')).toBe(true);
		expect(isWrittenIn('Tokyo', 'ja')).toBe(false);
	});
	test('knows nothing of a tag outside the table', () => expect(isWrittenIn('abc', 'xx')).toBe(false));
});

test('textDirection follows the language', () => {
	expect(textDirection('ar')).toBe('rtl');
	expect(textDirection('he-IL')).toBe('rtl');
	expect(textDirection('en')).toBe('ltr');
	expect(textDirection('ru')).toBe('ltr');
});
