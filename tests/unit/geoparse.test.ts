// The geoparser against the real gazetteer (loaded once for the file): short texts written for
// each rule, and the first dossier's article.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { geoparse } from '../../src/lib/geoparse';
import { loadGeoparseGazetteer } from '../../src/lib/server/geoparse-gazetteer';

const gazetteer = loadGeoparseGazetteer();
const parse = (text: string, language?: string) => geoparse(text, gazetteer, language ? { language } : {});
const found = (text: string, language?: string) => parse(text, language).map((t) => t.text);
const placeOf = (text: string, name: string, language?: string) => parse(text, language).find((t) => t.text === name)?.place;

describe('recognition', () => {
	test('people, months and capitalised common words are not places', () => {
		const text = 'We met Vladimir Putin in March. Many said the Court of the City had ruled. Convoy leaders left Moscow.';
		expect(found(text)).toEqual(['Moscow']);
	});

	test('a first name before a surname is a person, the same word alone in context a place', () => {
		expect(found('Vladimir Putin spoke.')).toEqual([]);
		expect(placeOf('Snow fell in the city of Vladimir, east of Moscow, on Monday.', 'Vladimir')?.id).toBe('geonames:473247');
	});

	test('the first word of a longer name the gazetteer lacks is not a place of its own ("Bab al-Hawa" is not al-Bab)', () => {
		const toponyms = parse('Help must reach Idlib through the Bab al-Hawa crossing.');
		expect(toponyms.map((t) => t.place?.id)).not.toContain('geonames:174018');
		expect(toponyms.find((t) => t.text === 'Idlib')?.place?.country).toBe('SY');
		// The town itself, written with its article, is still found.
		expect(placeOf('Fighting reached al-Bab, north-east of Aleppo.', 'al-Bab')?.id).toBe('geonames:174018');
	});

	test('a person named after a role ("his wife Asma") is not a place', () => {
		expect(found('He fled with his wife Asma to Moscow.')).toEqual(['Moscow']);
	});

	test('the words around a name say its kind: a river, a governorate, a prison, an air base', () => {
		const toponyms = parse('Troops crossed the Don River near Rostov. Fighting reached Homs Governorate and Sednaya prison, north of the Khmeimim air base.');
		const byText = Object.fromEntries(toponyms.map((t) => [t.text, t]));
		expect(byText['Don River']?.place?.kind).toBe('river');
		expect(byText['Homs Governorate']?.place?.kind).toBe('region');
		expect(byText['Sednaya prison']?.kind).toBe('facility');
		expect(byText['Sednaya prison']?.place?.id).toBe('geonames:164717');
	});

	test('in a language the tagger does not know, names are found by their capitals alone', () => {
		expect(parse('Он приехал в Санкт-Петербург, а потом в Москва.').map((t) => t.place?.id)).toEqual(['geonames:498817', 'geonames:524901']);
	});

	test('an empty text has no toponyms', () => {
		expect(parse('')).toEqual([]);
		expect(parse(' \n')).toEqual([]);
	});

	test('a toponym’s offsets are the text’s', () => {
		const text = 'Assad, in Damascus until Sunday, flew to Moscow.';
		for (const t of parse(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
});

describe('Arabic', () => {
	test('names are found with their attached prefixes taken off, without capitals', () => {
		const text = 'وصل الأسد إلى موسكو بعد أن غادر بدمشق وطرطوس';
		const toponyms = parse(text);
		expect(toponyms.map((t) => t.text)).toEqual(['موسكو', 'دمشق', 'طرطوس']);
		expect(toponyms.map((t) => t.place?.id)).toEqual(['geonames:524901', 'geonames:170654', 'geonames:163345']);
		for (const t of toponyms) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	test('a kind word before the name is part of it and says its kind', () => {
		const [homs] = parse('اشتبكات في محافظة حمص');
		expect(homs?.text).toBe('محافظة حمص');
		expect(homs?.place?.kind).toBe('region');
	});

	test('common words are not places', () => {
		expect(found('قال إنه من هذا العام في كل يوم')).toEqual([]);
	});

	test('a word that is also a far town’s name, with nothing around it that says place, is a word ("ليل", night, is Lille)', () => {
		expect(found('ضربت العاصفة شرق ليبيا ليل الأحد، وانهار سدان فوق مدينة درنة')).toEqual(['ليبيا', 'مدينة درنة']);
		// With a preposition of place it is the town.
		expect(placeOf('وصل الوفد إلى ليل في فرنسا', 'ليل')?.id).toBe('geonames:2998324');
	});

	test('Persian spellings in GeoNames’ alternates are not Arabic names ("نینا" is Nenagh, "سیر" Sierre)', () => {
		expect(found('هبطت الطائرات في مطار بنينا، والطريق صالح للسير')).not.toContain('للسير');
		expect(parse('هبطت الطائرات في مطار بنينا').every((t) => t.place?.country !== 'IE')).toBe(true);
	});

	test('stopwords that fold to a town’s name are words, after a conjunction too ("وإن" is not Van, "في إطار" not Atar)', () => {
		expect(found('وقال الوزير الأردني إن المخيم يستضيف الآلاف، وإن الحدود مغلقة')).toEqual(['الأردني']);
		expect(found('وفي إطار الجهود الدبلوماسية استضافت جدة جولة جديدة من المحادثات')).toEqual(['جدة']);
		// A kind word still makes one a name: "مدينة هيت" is Hit, Iraq.
		expect(placeOf('قصفت الطائرات مدينة هيت', 'مدينة هيت')?.country).toBe('IQ');
	});

	test('a facility named after a person is no town ("مطار الملكة علياء" is not the village Malkā)', () => {
		expect(found('وصل الوفد من القاهرة عبر مطار الملكة علياء')).toEqual(['القاهرة']);
	});

	test('a two-letter word after the conjunction begins a longer name ("وأم درمان")', () => {
		expect(placeOf('تنقل براً إلى الخرطوم وأم درمان ونيالا', 'أم درمان')?.id).toBe('geonames:365137');
	});

	test('a name after a title is a person, a day is no place, an adjective names its country', () => {
		const toponyms = parse('قال الرئيس فلاديمير بوتين يوم الأحد إن الرئيس السوري المخلوع بشار الأسد وصل إلى موسكو');
		expect(toponyms.map((t) => t.text)).toEqual(['السوري', 'موسكو']);
		expect(toponyms[0]).toMatchObject({ adjective: true, place: { id: 'ne-admin0:SYR' } });
	});

	test('an Arabic article: its places where they are, the country by its name', () => {
		const text = 'أعلنت السلطات في حلب أن قافلة مساعدات وصلت من تركيا إلى إدلب، وأن طريق حماة مغلق. وقال مسؤول في اللاذقية إن الميناء يعمل.';
		const places = Object.fromEntries(parse(text).map((t) => [t.text, t.place]));
		expect(places['حلب']?.id).toBe('geonames:170063');
		expect(places['تركيا']?.id).toBe('ne-admin0:TUR');
		expect(places['إدلب']?.country).toBe('SY');
		expect(places['حماة']?.country).toBe('SY');
		expect(places['اللاذقية']?.id).toBe('geonames:173576');
	});
});

describe('resolution by context', () => {
	test('an ambiguous name goes to the country the text names, both ways', () => {
		expect(placeOf('Farmers near Paris, Texas, lost their crops.', 'Paris')?.country).toBe('US');
		expect(placeOf('Farmers near Paris, France, lost their crops.', 'Paris')?.country).toBe('FR');
	});

	test('an ambiguous name goes near the other places the text names', () => {
		expect(placeOf('Police in London and Windsor, Ontario, and in Toronto, made arrests.', 'London')?.country).toBe('CA');
		expect(placeOf('Police in London, Oxford and Cambridge made arrests.', 'London')?.country).toBe('GB');
	});

	test('a country is not a village of the same name', () => {
		const russia = parse('Russia said on Sunday that it had granted asylum.').find((t) => t.text === 'Russia');
		expect(russia?.place?.id).toBe('ne-admin0:RUS');
		expect(russia?.alternatives.some((a) => a.country === 'US')).toBe(true);
	});

	test('a country’s own name is the country, however often the text names it ("Mexico" is not Mexico City)', () => {
		expect(placeOf('Mexico said Mexican exports grew, and Mexico would build more.', 'Mexico')?.id).toBe('ne-admin0:MEX');
	});

	test('an alternate spelling counts as the primary name: Sednaya is Saydnaya', () => {
		expect(placeOf('Prisoners were freed from Sednaya, north of Damascus.', 'Sednaya')?.id).toBe('geonames:164717');
	});

	test('a regional capital spelled by one of its alternate names is not a village whose primary name that is', () => {
		const jinchuan = parse('Officials in Jinchuan said the floods had receded.')[0];
		expect(jinchuan?.place?.id).toBe('geonames:1786657');
		expect(jinchuan?.alternatives.some((a) => a.name === 'Jinchuan')).toBe(true);
	});

	test('a name that is a place’s own goes to it before a place that has it only among its other names', () => {
		// Some languages call Tunisia "Tunis"; Columbus, Ohio was once Franklinton, listed as "Franklin".
		expect(placeOf('Protests in Tunisia reached Tunis on Friday.', 'Tunis')?.id).toBe('geonames:2464470');
		expect(placeOf('The storm hit Franklin on Tuesday.', 'Franklin')?.name).toBe('Franklin');
		const tunis = parse('Talks in Tunis ended.').find((t) => t.text === 'Tunis');
		expect(tunis?.alternatives.find((a) => a.id === 'ne-admin0:TUN')?.reason).toMatch(/only among its others/);
		// Naming Tunisia makes the capital surer, not less sure, though Tunisia is among "Tunis"’s readings.
		const withCountry = parse('Protests in Tunisia reached Tunis on Friday.').find((t) => t.text === 'Tunis');
		expect(withCountry?.confidence).toBeGreaterThan(tunis!.confidence);
	});

	test('an ocean Natural Earth splits in halves is found whole, between them', () => {
		const atlantic = placeOf('Migrants crossed the Atlantic Ocean from Dakar.', 'Atlantic Ocean');
		expect([atlantic?.id, atlantic?.kind]).toEqual(['ne-marine:Atlantic Ocean', 'sea']);
		expect(Math.abs(atlantic!.lat)).toBeLessThan(15);
		expect(placeOf('Storms formed over the Pacific Ocean.', 'Pacific Ocean')?.id).toBe('ne-marine:Pacific Ocean');
	});

	test('a continent Natural Earth writes in capitals ("ASIA") is found as texts write it, and not as a town', () => {
		expect(placeOf('Leaders across Asia met.', 'Asia')?.id).toBe('ne-region:Asia');
		const asian = parse('Asian markets fell.')[0];
		expect([asian?.place?.id, asian?.adjective]).toEqual(['ne-region:Asia', true]);
	});

	test('a bare name shared by a region and a town: the large region, or the town that is a small one’s seat', () => {
		expect(placeOf('Wildfires spread across California and Quebec.', 'Quebec')?.kind).toBe('region');
		expect(placeOf('Shelling hit Tartus and Homs.', 'Tartus')?.kind).toBe('populated place');
		expect(placeOf('Shelling hit the province of Homs.', 'Homs')?.kind).toBe('region');
	});

	test('"X, Y": the second name contains the first', () => {
		expect(placeOf('Floods hit London, Ontario, on Monday.', 'London')?.country).toBe('CA');
	});

	test('a river is not the city named after it', () => {
		const don = parse('The Don River floods every spring.')[0];
		expect(don?.place?.kind).toBe('river');
		expect(don?.alternatives.some((a) => a.kind === 'populated place')).toBe(true);
	});

	test('each resolution has a confidence and gives a reason for each alternative', () => {
		for (const t of parse('Protesters gathered in Alexandria and Cairo.')) {
			expect(t.confidence).toBeGreaterThan(0);
			expect(t.confidence).toBeLessThanOrEqual(1);
			for (const a of t.alternatives) expect(a.reason).toMatch(/\w/);
		}
		expect(placeOf('Protesters gathered in Alexandria and Cairo.', 'Alexandria')?.country).toBe('EG');
	});
});

describe('the first dossier’s article', () => {
	const text = readFileSync('geodata/sources/russia-confirms-assad-moscow.txt', 'utf8');
	const toponyms = parse(text);
	const ids = new Set(toponyms.map((t) => t.place?.id));

	test('finds Damascus, Tartus, Latakia, Sednaya and Moscow where they are', () => {
		for (const id of ['geonames:170654', 'geonames:163345', 'geonames:173576', 'geonames:164717', 'geonames:524901']) expect(ids).toContain(id);
	});

	test('takes no person, month or common word for a place, and Russia for the country', () => {
		const texts = new Set(toponyms.map((t) => t.text));
		for (const word of ['We', 'City', 'Many', 'Court', 'Abu', 'March', 'Vladimir', 'Asma']) expect(texts).not.toContain(word);
		expect(toponyms.filter((t) => t.text === 'Russia').every((t) => t.place?.id === 'ne-admin0:RUS')).toBe(true);
	});
});
