/**
 * Case and accents aside: `Sednaya` finds `sednaya`, `Saydnaya` finds `Saydnāya`. One code unit
 * stays per base letter for Latin, Arabic and Cyrillic, so a match's offset in the folded text
 * lies close to its offset in the original (the Find box cuts its window there).
 * @example fold('Saydnāya') // 'saydnaya'
 */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A name as names are compared (a place already labelled, a gazetteer look-up): folded, and the
 * white space around it dropped.
 * @example foldName(' Ḥamāh ') === foldName('Hamah') // true
 */
export const foldName = (name: string): string => fold(name).trim();

/**
 * A place's names in other languages that say more than its name: Omdurman's English name tagged
 * `en` (English is one of Sudan's languages) beside the name "Omdurman" would only repeat it.
 * @example namesBesides('Omdurman', { en: 'Omdurman', ar: 'أم درمان' }) // { ar: 'أم درمان' }
 */
export function namesBesides(name: string, names: Readonly<Record<string, string>>): Record<string, string> {
	return Object.fromEntries(Object.entries(names).filter(([, other]) => foldName(other) !== foldName(name)));
}
