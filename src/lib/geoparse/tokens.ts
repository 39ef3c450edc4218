// Words of a text with their offsets: what recognition walks over.
import { abbreviationKey, nameKey } from './names';

export interface Token {
	start: number;
	end: number;
	text: string;
	/** nameKey of the word. */
	key: string;
	/** Begins with a capital letter (Latin, Cyrillic, Greek…). */
	capital: boolean;
	/** Written wholly in capitals (a headline, a dateline, an abbreviation). */
	upper: boolean;
	/** First word of a sentence, line or quotation: its capital says nothing. */
	sentenceStart: boolean;
	arabic: boolean;
	/** abbreviationKey of the word, when it is a capital abbreviation ("US", "U.K."). */
	abbreviation?: string;
}

// A capital abbreviation with stops (U.S., U.K.), or a word: letters and digits, with
// apostrophes inside (O'Hare). A hyphen separates words ("US-led", "al-Assad", "Winston-Salem"):
// a name's words may be joined by one, as nameKey reads it.
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const ARABIC = /[\u0600-\u06ff]/;

/**
 * The words of a text. A possessive 's is left out of its word ("Russia’s" → "Russia").
 * @example tokenize('Russia’s ambassador')[0].text // 'Russia'
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(WORD)) {
		let word = m[0];
		if (/['’]s$/i.test(word) && word.length > 3) word = word.slice(0, -2);
		const start = m.index;
		const end = start + word.length;
		const before = text.slice(Math.max(0, start - 3), start);
		const previous = tokens[tokens.length - 1];
		const between = previous ? text.slice(previous.end, start) : '';
		const sentenceStart = !previous || /[.!?:;\n"“”‘«(]\s*$/.test(between) || /\n/.test(between) || (previous?.text.endsWith('.') ?? false) || /^[“"‘(]/.test(before.slice(-1));
		const first = word.charAt(0);
		tokens.push({
			start,
			end,
			text: word,
			key: nameKey(word),
			capital: first !== first.toLowerCase(),
			upper: word === word.toUpperCase() && word !== word.toLowerCase(),
			sentenceStart,
			arabic: ARABIC.test(first),
			...(abbreviationKey(word) ? { abbreviation: abbreviationKey(word) } : {})
		});
	}
	return tokens;
}
