// How a name becomes a lookup key, so that a text's spelling and a gazetteer's meet: case, accents,
// apostrophes and hyphens aside, and Arabic letters that writers interchange made one.

/** Arabic short vowels, shadda, sukun, dagger alif and tatweel: optional in writing. */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
/** Letter variants that spellings of one name mix: hamza forms of alif, alif maqsura and ya,
 * ta marbuta and ha, hamza on waw/ya. (Persian letters are not folded: names holding them are
 * another language's, and the gazetteer leaves them out.) */
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
/** Bidi controls (LRM, RLM, embeddings, isolates), invisible in a name. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The key a name is looked up by: lower case, without accents, apostrophes or Arabic vowel marks,
 * hyphens and other punctuation as spaces, Arabic letter variants folded.
 * @example nameKey('Şaydnāyā') // 'saydnaya'
 * @example nameKey('Al-Ḥasakah') // 'al hasakah'
 */
export function nameKey(name: string): string {
	return name
		.replace(BIDI, '')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(ARABIC_MARKS, '')
		.normalize('NFC')
		.replace(/[أإآٱىةؤئ]/g, (c) => ARABIC_FOLD[c] ?? c)
		.toLowerCase()
		.replace(/['’‘`ʼʻ´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Whether a text is mostly Arabic script (its language when none is given). */
export function looksArabic(text: string): boolean {
	const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	return arabic > latin;
}

/** A text's language guessed from its letters when none is given: `ar` for Arabic script, `en`
 * for Latin, `und` (undetermined) for any other script. */
export function guessLanguage(text: string): string {
	const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	const other = text.match(/[^\u0000-\u024f\u0600-\u06ff\P{L}]/gu)?.length ?? 0;
	if (arabic > latin && arabic >= other) return 'ar';
	return other > latin ? 'und' : 'en';
}

/**
 * The key of an abbreviation written in capitals, with or without stops ("US", "U.S.", "UAE"),
 * or undefined for any other word. Kept apart from nameKey's keys (`=` prefix) so that only
 * capitals find it.
 * @example abbreviationKey('U.S.') // '=US'
 */
export function abbreviationKey(word: string): string | undefined {
	return /^(?:[A-Z]\.?){2,4}$/.test(word) ? `=${word.replace(/\./g, '')}` : undefined;
}
