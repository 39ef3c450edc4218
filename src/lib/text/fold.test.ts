import { expect, test } from 'vitest';
import { fold, foldName, namesBesides } from './fold';

test('folds case and accents in Latin, Arabic and Cyrillic, one code unit per letter', () => {
	expect(fold('Saydnāya')).toBe('saydnaya');
	expect(fold('ÉCOLE')).toBe('ecole');
	expect(fold('Москва́')).toBe('москва');
	expect(fold('دِمَشْق')).toBe('دمشق');
	expect(fold(' Hamah ')).toBe(' hamah ');
});

test('names compare without the white space around them', () => {
	expect(foldName(' Ḥamāh ')).toBe(foldName('Hamah'));
});

test('a tagged name spelt as the name already is, case and accents aside, says nothing more', () => {
	expect(namesBesides('Omdurman', { en: 'Omdurman', ar: 'أم درمان' })).toEqual({ ar: 'أم درمان' });
	expect(namesBesides('Saydnaya', { en: 'Saydnāya ' })).toEqual({});
	expect(Object.keys(namesBesides('Minsk', { ru: 'Минск', be: 'Мінск' }))).toEqual(['ru', 'be']);
});
