// Recognition: which spans of a text name places. Gazetteer names found word by word (longest
// first), screened by what compromise's tagger says of the words in context (a person, a month, an
// organisation, a common word is not a place), and the words around a name that say what it is
// ("river", "province", "the port of", "air base").
import nlp from 'compromise';
import { ara as ARABIC_STOPWORDS } from 'stopword';
import type { Gazetteer } from './gazetteer';
import { nameKey } from './names';
import { tokenize, type Token } from './tokens';
import type { GazetteerEntry, PlaceKind } from './types';

export interface Mention {
	start: number;
	end: number;
	/** The key of the name itself, without the kind words around it. */
	key: string;
	candidates: readonly GazetteerEntry[];
	/** The kind the words around the name imply. */
	hint?: PlaceKind;
	/** The toponym's own kind when the words make it a facility ("Sednaya prison"). */
	facility?: boolean;
	/** Named by an adjective ("Russian troops"). */
	adjective?: boolean;
	/** How sure recognition is that this is a place name at all, 0–1. */
	certainty: number;
	/** One capitalised word that only the gazetteer calls a place (no tagger, no kind word, no
	 * preposition of place says so): dropped when it resolves nowhere plausible. */
	weak?: boolean;
	/** Index of the mention that contains this one: "Paris, Texas" — Texas contains Paris. */
	within?: number;
}

/** Words after a name that say its kind ("Don River", "Homs Governorate", "Sednaya prison"). */
const KIND_AFTER: Record<string, { kind: PlaceKind; facility?: boolean }> = {
	river: { kind: 'river' },
	creek: { kind: 'river' },
	governorate: { kind: 'region' },
	province: { kind: 'region' },
	region: { kind: 'region' },
	oblast: { kind: 'region' },
	state: { kind: 'region' },
	county: { kind: 'region' },
	prefecture: { kind: 'region' },
	district: { kind: 'region' },
	city: { kind: 'populated place' },
	town: { kind: 'populated place' },
	village: { kind: 'populated place' },
	lake: { kind: 'lake' },
	airport: { kind: 'airport' },
	airfield: { kind: 'airport', facility: true },
	airbase: { kind: 'airport', facility: true },
	'air base': { kind: 'airport', facility: true },
	'naval base': { kind: 'port', facility: true },
	'naval facility': { kind: 'port', facility: true },
	port: { kind: 'port' },
	harbour: { kind: 'port' },
	harbor: { kind: 'port' },
	prison: { kind: 'populated place', facility: true },
	dam: { kind: 'populated place', facility: true },
	refinery: { kind: 'populated place', facility: true },
	'military base': { kind: 'populated place', facility: true },
	'power plant': { kind: 'populated place', facility: true },
	'nuclear plant': { kind: 'populated place', facility: true },
	camp: { kind: 'populated place', facility: true }
};

/** "the city of X", "the port of X", "the province of X": the kind word before "of". */
const KIND_OF: Record<string, PlaceKind> = {
	city: 'populated place',
	town: 'populated place',
	village: 'populated place',
	capital: 'populated place',
	port: 'port',
	province: 'region',
	region: 'region',
	governorate: 'region',
	state: 'region',
	county: 'region',
	river: 'river',
	lake: 'lake',
	island: 'landform',
	islands: 'landform'
};

/** Arabic words before a name that say its kind: "محافظة حمص", "نهر الفرات", "سجن صيدنايا". */
const ARABIC_KIND_BEFORE: Record<string, { kind: PlaceKind; facility?: boolean }> = {
	[nameKey('نهر')]: { kind: 'river' },
	[nameKey('محافظة')]: { kind: 'region' },
	[nameKey('ولاية')]: { kind: 'region' },
	[nameKey('مقاطعة')]: { kind: 'region' },
	[nameKey('إقليم')]: { kind: 'region' },
	[nameKey('منطقة')]: { kind: 'region' },
	[nameKey('مدينة')]: { kind: 'populated place' },
	[nameKey('بلدة')]: { kind: 'populated place' },
	[nameKey('قرية')]: { kind: 'populated place' },
	[nameKey('العاصمة')]: { kind: 'populated place' },
	[nameKey('مطار')]: { kind: 'airport' },
	[nameKey('قاعدة')]: { kind: 'airport', facility: true },
	[nameKey('ميناء')]: { kind: 'port' },
	[nameKey('مرفأ')]: { kind: 'port' },
	[nameKey('سجن')]: { kind: 'populated place', facility: true },
	[nameKey('سد')]: { kind: 'populated place', facility: true },
	[nameKey('بحيرة')]: { kind: 'lake' }
};

/** Arabic function words, days and months that are also some hamlet's name in GeoNames'
 * alternates. */
const ARABIC_FUNCTION_WORDS = new Set(
	[
		'في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين بعد قبل بين حتى لكن أو ثم كما كان كانت قد لقد لم لن ما ماذا هل أن إن أنه انه عند منذ خلال حول ضد دون غير كل بعض أي نحو لدى لها له هو هي هم نحن أنا يوم اليوم أمس العام عام سنة شهر قال قالت وقال وقالت أكثر أيضا فقط جدا الآن',
		'الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت',
		'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين'
	]
		.join(' ')
		.split(' ')
		.map(nameKey)
);

/** Arabic stopwords (the `stopword` package's list) that fold to some town's name: "إطار" (frame)
 * is Atar, "كان" (was) Cannes, "فإن" Vannes. One of these is a name only where a kind word says so
 * ("مدينة هيت"): "في إطار" (within) is far more common than Atar. */
const ARABIC_STOPWORD_KEYS = new Set(ARABIC_STOPWORDS.map(nameKey));

/** A word is a function word on its own or after the conjunction joined to it ("وإن", and that,
 * folds to "وان", which is Van). */
function isArabicFunctionWord(key: string): boolean {
	const bare = key.replace(/^[وف]/, '');
	return ARABIC_FUNCTION_WORDS.has(key) || ARABIC_FUNCTION_WORDS.has(bare) || ARABIC_STOPWORD_KEYS.has(key) || ARABIC_STOPWORD_KEYS.has(bare);
}

/** Titles and roles that come before a person's name: "الرئيس فلاديمير بوتين", "الرئيس السوري
 * المخلوع بشار الأسد". */
const ARABIC_TITLES = new Set(
	'الرئيس رئيس الرئيسة السيد السيدة الشيخ الملك الملكة الأمير الأميرة السلطان الوزير وزير الوزيرة الجنرال العقيد اللواء العميد الدكتور المتحدث الناطق النائب السفير الزعيم القائد المبعوث الإمام الشهيد'
		.split(' ')
		.map(nameKey)
);

/** Arabic prepositions of place before a word: "في حلب", "من إدلب", "قرب حماة". */
const ARABIC_LOCATIVES = new Set('في من إلى الى نحو قرب داخل شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط مدينة'.split(' ').map(nameKey));

/** A title before the word, across at most two definite adjectives ("السوري المخلوع"). */
function afterArabicTitle(tokens: Token[], i: number): boolean {
	for (let k = i - 1, skipped = 0; k >= 0 && tokens[k]!.arabic; k--) {
		if (ARABIC_TITLES.has(tokens[k]!.key)) return true;
		if (!tokens[k]!.key.startsWith('ال') || ++skipped > 2) return false;
	}
	return false;
}

/** The nisba adjective's stem of an Arabic word ("السورية", "سوريين" → "سوري"), or undefined. */
function arabicNisba(stem: string): string | undefined {
	const bare = stem.startsWith('ال') ? stem.slice(2) : stem;
	for (const ending of ['يين', 'يون', 'يه', 'ي']) if (bare.endsWith(ending) && bare.length - ending.length >= 3) return bare.slice(0, bare.length - ending.length) + 'ي';
	return undefined;
}

/** Words inside a name that are written in lower case ("Gulf of Mexico", "Rio de Janeiro"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'ad', 'as', 'ash', 'ar', 'an', 'am', 'upon', 'on', 'the', 'and', 'y', 'sur', 'en', 'im', 'bei', 'van', 'der', 'den', 'von', 'zu', 'bin', 'ibn', 'abu']);

/** The Arabic article as romanised names write it before a hyphen ("al-Hawa", "ez-Zor"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ah', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'en', 'er', 'es', 'et', 'ez']);

/** Prepositions that put what follows on the map. */
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'toward', 'towards', 'via', 'through', 'throughout', 'inside', 'within', 'between', 'north', 'south', 'east', 'west']);

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const TIME_TAGS = ['Month', 'WeekDay', 'Date', 'Duration'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
/** What compromise's lexicon calls a word that is also a common word (not a name). */
const COMMON_TAGS = ['Adjective', 'Singular', 'Plural', 'Uncountable', 'Noun', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Copula', 'Comparative', 'Superlative', 'QuestionWord', 'Expression', 'Actor', 'Unit', 'Value', 'Cardinal', 'Ordinal', 'Organization', 'SportsTeam', 'Currency'];

const lexicon: Record<string, string> = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const has = (tags: readonly string[] | undefined, wanted: readonly string[]) => !!tags && wanted.some((t) => tags.includes(t));

/** compromise's tags for each word, by the word's start offset (read from its documents, not
 * through .json(), which costs a third more). */
function tagsByOffset(text: string): Map<number, string[]> {
	const out = new Map<number, string[]>();
	const doc = nlp(text);
	doc.compute('offset');
	const docs = (doc as unknown as { docs: { offset?: { start: number }; tags: Set<string> }[][] }).docs;
	for (const sentence of docs) for (const term of sentence) if (term.offset) out.set(term.offset.start, [...term.tags]);
	return out;
}

/** Only spaces or a hyphen between two words of one name (no comma, no full stop). */
const joined = (text: string, a: Token, b: Token) => /^[ \t-]{1,2}$/.test(text.slice(a.end, b.start));

/**
 * Every place name in a text, each with its gazetteer candidates (possibly none, for a name
 * compromise calls a place that the gazetteer lacks).
 */
export function recognise(text: string, gazetteer: Gazetteer, language: string): Mention[] {
	const tokens = tokenize(text);
	return language.startsWith('ar') ? recogniseArabic(text, tokens, gazetteer) : recogniseCapitalised(text, tokens, gazetteer, language.startsWith('en'));
}

/** Names by their capitals, screened by compromise's tags where the text is English (its tagger
 * knows no other language: it calls Russian words organisations). */
function recogniseCapitalised(text: string, tokens: Token[], gazetteer: Gazetteer, english: boolean): Mention[] {
	const tags = english ? tagsByOffset(text) : new Map<number, string[]>();
	const tagsOf = (t: Token | undefined) => (t ? (tags.get(t.start) ?? []) : []);
	const mentions: Mention[] = [];
	// Words of a person's full name somewhere in the text ("Roy Jones"): alone later ("Jones
	// said", "of Jones") they are still the person.
	const personal = new Set<string>();
	const named = (t: Token | undefined) => !!t && t.capital && has(tagsOf(t), ['Person']) && !has(tagsOf(t), PLACE_TAGS);
	tokens.forEach((t, k) => {
		const pair = (named(tokens[k - 1]) && joined(text, tokens[k - 1]!, t)) || (named(tokens[k + 1]) && joined(text, t, tokens[k + 1]!));
		if (named(t) && pair) personal.add(t.key);
	});
	let i = 0;
	while (i < tokens.length) {
		const first = tokens[i]!;
		if (first.arabic) {
			const found = matchArabic(text, tokens, i, gazetteer);
			if (found) {
				mentions.push(found.mention);
				i = found.next;
			} else i++;
			continue;
		}
		// A name starts with a capital, or with a lower-case article joined to one ("al-Bab").
		const articled = !first.capital && CONNECTORS.has(first.key) && !!tokens[i + 1]?.capital && text.charAt(first.end) === '-';
		if (!first.capital && !articled) {
			i++;
			continue;
		}
		// The longest run of words, from here, that is a gazetteer name.
		let match: { end: number; key: string; candidates: readonly GazetteerEntry[] } | undefined;
		if (first.abbreviation) {
			const candidates = gazetteer.lookup(first.abbreviation);
			if (candidates.length) match = { end: i, key: first.abbreviation, candidates };
		}
		if (!match) {
			let last = i;
			while (last + 1 < tokens.length && last - i + 1 < gazetteer.maxWords && joined(text, tokens[last]!, tokens[last + 1]!)) {
				const next = tokens[last + 1]!;
				if (!next.capital && !CONNECTORS.has(next.key)) break;
				last++;
			}
			for (let j = last; j >= i; j--) {
				if (!tokens[j]!.capital) continue;
				const key = tokens
					.slice(i, j + 1)
					.map((t) => t.key)
					.join(' ');
				const candidates = gazetteer.lookup(key);
				if (candidates.length) {
					match = { end: j, key, candidates };
					break;
				}
			}
		}
		const span = match ? tokens.slice(i, match.end + 1) : [first];
		const spanTags = span.map(tagsOf);
		const after = tokens[(match?.end ?? i) + 1];
		const before = tokens[i - 1];
		const single = span.length === 1;
		const contextPlace = spanTags.some((t) => has(t, PLACE_TAGS));
		const isCountry = !!match?.candidates.some((e) => e.kind === 'country' || e.kind === 'continent');

		const last = span[span.length - 1]!;
		const kindWordAfter = !!after && joined(text, last, after) && !!KIND_AFTER[after.key];
		const notable = !!match?.candidates.some((e) => e.population >= 100000 || e.featureCode === 'PPLC' || e.kind === 'sea' || (e.kind === 'region' && (e.rank ?? 9) <= 4));
		const surname = !!after && after.capital && joined(text, last, after) && has(tagsOf(after), ['LastName', 'Person']) && !has(tagsOf(after), PLACE_TAGS);
		// "in Vladimir", "near Jordan": a preposition of place before a lone name outweighs a
		// first-name tag; "his wife Asma", "spokesman Peskov": a role before it makes it a person.
		// "the city of Vladimir", "the province of Idlib" say so as plainly.
		const kindOf = before?.key === 'of' && !!tokens[i - 2] && !!KIND_OF[tokens[i - 2]!.key];
		const locative = ((!!before && !before.capital && LOCATIVES.has(before.key)) || kindOf) && !surname;
		const role = !!before && !before.capital && has(tagsOf(before), ['Actor']) && joined(text, before, first);
		// A person's name: a role or title before it, a surname after it ("Vladimir Putin"), a word
		// of a full name met elsewhere in the text, or the tagger's say-so. But a lone word the
		// lexicon calls a first name ("Alexandria", "Madison") is the place when the gazetteer
		// knows a prominent one and nothing marks a person.
		const person =
			role ||
			(single && personal.has(first.key) && !contextPlace && !kindWordAfter) ||
			(spanTags.some((t) => has(t, PERSON_TAGS)) && !contextPlace && !locative && !(single && notable)) ||
			surname ||
			(!!before && has(tagsOf(before), ['Honorific']));
		const time = single && has(spanTags[0], TIME_TAGS);
		const lexical = Object.hasOwn(lexicon, first.key) ? String(lexicon[first.key]) : undefined;
		// A word of a longer capitalised name that the gazetteer does not hold ("Press Street",
		// "Central Michigan University").
		const inLongerName = (!!before && before.capital && !CONNECTORS.has(before.key) && !first.sentenceStart && joined(text, before, first)) || (!!after && after.capital && joined(text, first, after) && !kindWordAfter);
		// A common word with a capital ("We", "Many", "City", "Court", "Convoy"): one the tagger's
		// lexicon holds as a common word; a sentence's first word the tagger does not call a proper
		// noun (a dateline's "CHARLESTON" in capitals aside); a dictionary word ("County",
		// "Street", "Mobile") unless the tagger, a preposition of place or a kind word says it is
		// a place, or it names somewhere prominent; anything shorter than three letters.
		const common =
			single &&
			!isCountry &&
			!first.abbreviation &&
			((english && !!lexical && COMMON_TAGS.some((t) => lexical.split(',').includes(t)) && !has(lexical.split(','), PLACE_TAGS)) ||
				(english && first.sentenceStart && !has(spanTags[0], ['ProperNoun']) && !contextPlace && !(first.upper && first.text.length >= 4)) ||
				(english && gazetteer.commonWords.has(first.key) && (inLongerName || (!contextPlace && !locative && !kindWordAfter)) && !notable) ||
				first.key.length < 3);
		const organisation = has(spanTags[0], ['Organization']) && !contextPlace && !isCountry;
		// Capitals that are no country's abbreviation are an acronym (CIS, APC, BA), unless a
		// four-letter headline word names somewhere prominent (ROME, GAZA).
		const acronym = single && !!first.abbreviation && !match?.key.startsWith('=') && (first.text.replace(/\./g, '').length < 4 || !notable);

		// "Canadian", "Russian": the adjective of a country before a town of that name.
		const adjectiveOf = single && !first.abbreviation ? gazetteer.adjective(first.key) : [];
		if (adjectiveOf.length && !(first.sentenceStart && !has(spanTags[0], ['Demonym', 'ProperNoun']))) {
			mentions.push({ start: first.start, end: first.end, key: first.key, candidates: adjectiveOf, adjective: true, hint: adjectiveOf[0]!.kind, certainty: 0.7 });
			i++;
			continue;
		}
		// "Bab al-Hawa", "Ain al-Arab": a word before an article joined to a name is the first word
		// of a longer name the gazetteer lacks (the crossing), not a place of its own (the town of
		// al-Bab, 100 km away).
		const next2 = tokens[(match?.end ?? i) + 2];
		const headOfLongerName = !!after && !after.capital && ARTICLES.has(after.key) && joined(text, last, after) && text.charAt(after.end) === '-' && !!next2?.capital;
		if (match && headOfLongerName) {
			i = match.end + 1;
			continue;
		}
		if (match && !person && !time && !common && !organisation && !acronym) {
			const mention = withKindWords(text, tokens, i, match.end, match.key, match.candidates, contextPlace || locative ? 0.9 : 0.75);
			if (single && !contextPlace && !locative && !mention.hint && !isCountry) {
				// Nothing but the gazetteer says it is a place: a known spelling of somewhere
				// prominent, or the name a place goes by (not one of its alternates, where GeoNames
				// keeps old, local and misspelt names), or it is not taken.
				const byName = match.candidates.some((e) => e.population >= 100000 || e.kind !== 'populated place' || nameKey(e.name) === match!.key || (e.names[1] !== undefined && nameKey(e.names[1]) === match!.key));
				if (!byName) {
					i = match.end + 1;
					continue;
				}
				mention.weak = true;
			}
			mentions.push(mention);
			i = match.end + 1;
			continue;
		}
		// A name compromise calls a place but the gazetteer lacks (a street, a neighbourhood).
		if (!match && has(spanTags[0], PLACE_TAGS) && !has(spanTags[0], PERSON_TAGS) && !first.sentenceStart && !gazetteer.commonWords.has(first.key)) {
			let end = i;
			while (end + 1 < tokens.length && tokens[end + 1]!.capital && joined(text, tokens[end]!, tokens[end + 1]!) && has(tagsOf(tokens[end + 1]), ['ProperNoun', ...PLACE_TAGS])) end++;
			mentions.push({ start: first.start, end: tokens[end]!.end, key: tokens.slice(i, end + 1).map((t) => t.key).join(' '), candidates: [], certainty: 0.4 });
			i = end + 1;
			continue;
		}
		i = match ? match.end + 1 : i + 1;
	}
	// "Paris, Texas", "Windsor, Ontario": a name, a comma, a name — the second contains the first.
	for (let k = 0; k + 1 < mentions.length; k++) {
		if (/^, ?$/.test(text.slice(mentions[k]!.end, mentions[k + 1]!.start))) mentions[k]!.within = k + 1;
	}
	return mentions;
}

/** Takes in the kind words around a name: "Don River", "Sednaya prison", "the port of Tartus". */
function withKindWords(text: string, tokens: Token[], i: number, j: number, key: string, candidates: readonly GazetteerEntry[], certainty: number): Mention {
	let end = tokens[j]!.end;
	let hint: PlaceKind | undefined;
	let facility = false;
	const next = tokens[j + 1];
	const next2 = tokens[j + 2];
	const two = next && next2 && joined(text, tokens[j]!, next) && joined(text, next, next2) ? KIND_AFTER[`${next.key} ${next2.key}`] : undefined;
	const one = next && joined(text, tokens[j]!, next) ? KIND_AFTER[next.key] : undefined;
	if (two) {
		hint = two.kind;
		facility = !!two.facility;
		end = next2!.end;
	} else if (one) {
		hint = one.kind;
		facility = !!one.facility;
		end = next!.end;
	} else {
		// "the city of X", "the province of X"; "Lake X".
		const of = tokens[i - 1];
		const word = tokens[i - 2];
		if (of?.key === 'of' && word && KIND_OF[word.key]) hint = KIND_OF[word.key];
		else if (of && joined(text, of, tokens[i]!) && of.capital && KIND_OF[of.key]) hint = KIND_OF[of.key];
	}
	return { start: tokens[i]!.start, end, key, candidates, certainty, ...(hint ? { hint } : {}), ...(facility ? { facility } : {}) };
}

/** The forms an Arabic word may be with its attached prefixes taken off: و/ف (and), ب/ل/ك (in,
 * to, like), and the article (ال, and ل+ال written لل). The word itself first; `skip` is how many
 * letters of the written word are prefix (0 where the article was restored or dropped, as the
 * name is then not a slice of the word). */
function arabicStems(word: string): { stem: string; skip: number }[] {
	const out: { stem: string; skip: number }[] = [{ stem: word, skip: 0 }];
	const add = (stem: string, skip: number) => stem.length >= 2 && !out.some((o) => o.stem === stem) && out.push({ stem, skip });
	// "وأم درمان": a three-letter word may be the conjunction and a two-letter word, which
	// begins a longer name (a single word of two letters is never taken on its own).
	const conj = /^[وف]/.test(word) && word.length >= 3 ? [{ w: word, skip: 0 }, { w: word.slice(1), skip: 1 }] : [{ w: word, skip: 0 }];
	for (const { w, skip } of conj) {
		add(w, skip);
		if (/^لل/.test(w)) add('ال' + w.slice(2), 0);
		if (/^[بلك]/.test(w) && w.length > 3) add(w.slice(1), skip + 1);
	}
	for (const o of [...out]) if (o.stem.startsWith('ال') && o.stem.length > 4) add(o.stem.slice(2), 0);
	return out;
}

/** The offset where the name starts in a word after `skip` prefix letters (and their marks). */
function afterPrefix(token: Token, skip: number): number {
	let at = 0;
	for (let k = 0; k < skip; k++) {
		at++;
		while (at < token.text.length && /[\u064b-\u065f\u0670\u0640]/.test(token.text[at]!)) at++;
	}
	return token.start + at;
}

function matchArabic(text: string, tokens: Token[], i: number, gazetteer: Gazetteer): { mention: Mention; next: number } | undefined {
	// A kind word before the name ("محافظة حمص", "بمحافظة حمص").
	let hint: { kind: PlaceKind; facility?: boolean } | undefined;
	let from = i;
	for (const { stem } of arabicStems(tokens[i]!.key)) {
		if (ARABIC_KIND_BEFORE[stem] && tokens[i + 1]?.arabic) {
			hint = ARABIC_KIND_BEFORE[stem];
			from = i + 1;
			break;
		}
	}
	// A facility named after a person ("مطار الملكة علياء", Queen Alia airport; "ميناء الملك
	// عبدالله"): the words after the kind word are no town's name, though "ملكة" is a village's.
	if (hint && ARABIC_TITLES.has(tokens[from]!.key)) return undefined;
	const stems = arabicStems(tokens[from]!.key);
	const locative = !!hint || (from > 0 && ARABIC_LOCATIVES.has(tokens[from - 1]!.key)) || stems.some((o) => o.skip > 0 && /^[وف]?ب/.test(tokens[from]!.key));
	for (let n = Math.min(gazetteer.maxWords, tokens.length - from); n >= 1; n--) {
		const rest = tokens.slice(from + 1, from + n);
		if (rest.some((t) => !t.arabic)) continue;
		for (const { stem, skip } of stems) {
			if (n === 1 && (stem.replace(/\s/g, '').length < 3 || ARABIC_TITLES.has(stem) || (!hint && isArabicFunctionWord(tokens[from]!.key)) || ARABIC_FUNCTION_WORDS.has(stem))) continue;
			const key = [stem, ...rest.map((t) => t.key)].join(' ');
			if (n === 1 && !hint) {
				// "السوري", "الروسية": a country named by its adjective.
				const nisba = arabicNisba(stem);
				const countries = nisba ? gazetteer.adjective(nisba) : [];
				if (countries.length) {
					const token = tokens[from]!;
					return { mention: { start: afterPrefix(token, skip), end: token.end, key: nisba!, candidates: countries, adjective: true, hint: 'country', certainty: 0.7 }, next: from + 1 };
				}
				if (afterArabicTitle(tokens, from)) return undefined;
			}
			const candidates = gazetteer.lookup(key);
			// With no capitals to tell names from words, a single word must name somewhere of
			// note (a town after "في", "من", "ب…"; a city or a seat otherwise): every hamlet's
			// alternates would make common words places.
			// A district's seat (PPLA2…) is of note only after a preposition of place: "جديدة" (new)
			// is the seat of a district in Yemen with no population given.
			const notable = candidates.some(
				(e) =>
					e.kind !== 'populated place' ||
					/^PPL(A|C)$/.test(e.featureCode ?? '') ||
					(locative && /^PPLA\d$/.test(e.featureCode ?? '')) ||
					e.population >= (locative ? 1000 : 20000)
			);
			if (!candidates.length || (n === 1 && !notable && !hint)) continue;
			const last = tokens[from + n - 1]!;
			return {
				mention: { start: hint ? afterPrefix(tokens[i]!, arabicStems(tokens[i]!.key).find((o) => ARABIC_KIND_BEFORE[o.stem])?.skip ?? 0) : afterPrefix(tokens[from]!, skip), end: last.end, key, candidates, certainty: n > 1 || hint ? 0.85 : 0.7, ...(hint ? { hint: hint.kind } : {}), ...(hint?.facility ? { facility: true } : {}),
					// One word with nothing around it that says "place": Arabic has no capitals to
					// tell a name from a word ("ليل", night, is also Lille).
					...(n === 1 && !hint && !locative ? { weak: true } : {}) },
				next: from + n
			};
		}
	}
	return undefined;
}

function recogniseArabic(text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
	const mentions: Mention[] = [];
	let i = 0;
	while (i < tokens.length) {
		const found = tokens[i]!.arabic ? matchArabic(text, tokens, i, gazetteer) : undefined;
		if (found) {
			mentions.push(found.mention);
			i = found.next;
		} else i++;
	}
	return mentions;
}
