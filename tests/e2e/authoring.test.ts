import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { browserSession, buildVariant, builtPlaces, mapIdle, pixelOf } from './harness';

const SOURCE = 'russia-confirms-assad-moscow';
const excerpts: { id: string; quote: string }[] = JSON.parse(readFileSync(`geodata/excerpts/${SOURCE}.json`, 'utf8'));
const places = builtPlaces();

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

describe('the words that name a place', () => {
	test("a place's panel marks, in each quote, the words that name that place, and the quote reads as before", async () => {
		const watched = await browser.open('/place/tartus-naval-facility');
		const { page } = watched;
		const line8 = page.locator('[data-excerpt="line-8"] blockquote');
		expect(await line8.locator('mark.names').allInnerTexts()).toEqual(['naval facility in Tartus']);
		expect(await line8.innerText()).toBe(excerpts.find((excerpt) => excerpt.id === 'line-8')!.quote);
		expect(await page.locator('[data-excerpt="line-15"] mark.names').allInnerTexts()).toEqual(['our bases', 'these facilities']);
		expect(await page.locator('[data-excerpt="line-15"] mark.names').first().getAttribute('title')).toBe('names Khmeimim Air Base and Russian naval facility in Tartus');
		await browser.done(watched);
	});

	test('in the source view a mention lights only its places, and the map lights only the mentions of the place under the pointer', async () => {
		const watched = await browser.open(`/source/${SOURCE}`);
		const { page } = watched;
		await mapIdle(page);
		const state = (id: string) => page.evaluate((id) => (document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier', id }), id);
		await page.locator('mark[id="line-8"] mark.mention', { hasText: 'naval facility in Tartus' }).hover();
		await expect.poll(async () => (await state('tartus-naval-facility')).hover).toBe(true);
		expect((await state('latakia-airbase')).hover).toBeFalsy();

		await page.mouse.move(5, 5);
		// Framed as the overview, Sednaya Prison shares a cluster with Damascus (pointing there lights both):
		// closer in, it is its own dot.
		const sednaya = places.find((place) => place.id === 'sednaya-prison')!.anchor;
		await page.evaluate((center) => (document.querySelector('[data-testid=map]') as any).__map.jumpTo({ center, zoom: 9 }), sednaya);
		await mapIdle(page);
		const anchor = await pixelOf(page, places.find((place) => place.id === 'sednaya-prison')!.anchor);
		await page.mouse.move(anchor.x, anchor.y);
		await expect.poll(() => page.locator('mark.mention.lit').allInnerTexts()).toEqual(['Sednaya Prison', 'The prison', 'the facility', 'Sednaya Military Prison', 'The prison']);
		await browser.done(watched);
	});
});

describe('a dossier drafted from two articles with npm run dossier only', () => {
	const dir = mkdtempSync(join(tmpdir(), 'dossier-round-'));
	const dossier = (...args: string[]) => {
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/dossier.ts', '--dir', dir, ...args], { encoding: 'utf8' });
		expect(run.stderr).not.toMatch(/^\s+at |internal error/m);
		return run;
	};
	const EN = 'tests/fixtures/articles/derna-en.txt';
	const AR = 'tests/fixtures/articles/derna-ar.txt';
	const line = (file: string, n: number) => readFileSync(file, 'utf8').split('\n')[n - 1]!;
	let site: Awaited<ReturnType<typeof serveStatic>>;

	beforeAll(async () => {
		expect(dossier('init').status).toBe(0);
		const en = dossier('draft', EN, '--id', 'derna-en', '--title', 'Floods sweep Derna after two dams burst', '--date', '2023-09-12', '--captions', '7');
		expect(en.status, en.stdout + en.stderr).toBe(0);
		expect(en.stdout).toMatch(/^added darnah: Darnah, populated place, LY, 32\.76704, 22\.63669 \(geonames:87205\), confidence/m);
		const ar = dossier('draft', AR, '--id', 'derna-ar', '--title', 'فيضانات تجتاح درنة بعد انهيار سدين', '--date', '2023-09-12', '--language', 'ar');
		expect(ar.status, ar.stdout + ar.stderr).toBe(0);
		// The Arabic article's Derna is the English one's place, not a second one.
		expect(ar.stdout).toMatch(/^reused darnah: /m);
		const out = buildVariant('drafted', { DOSSIER_DIR: dir });
		// The build's own check: every excerpt shown as the page reads, quotes, & and < included.
		const verified = spawnSync('node_modules/.bin/tsx', ['scripts/verify-build.ts', out, dir], { encoding: 'utf8' });
		expect(verified.stderr).toBe('');
		expect(verified.status).toBe(0);
		site = await serveStatic({ root: out });
	}, 300_000);
	afterAll(() => site?.close());

	test('each drafted place is where the articles mean, with its tagged native name', () => {
		const places = readdirSync(join(dir, 'geodata/places')).map((file) => JSON.parse(readFileSync(join(dir, 'geodata/places', file), 'utf8')).properties);
		const byId = Object.fromEntries(places.map((place) => [place.id, place]));
		expect(byId.darnah).toMatchObject({ names: { ar: 'درنة' }, country: 'LY', gazetteer: 'geonames:87205' });
		expect(byId.benghazi).toMatchObject({ names: { ar: 'بنغازي' }, country: 'LY', gazetteer: 'geonames:88319' });
		expect(byId.tripoli).toMatchObject({ country: 'LY', gazetteer: 'geonames:2210247' });
		expect(byId.tobruk).toMatchObject({ names: {}, country: 'LY' });
		expect(places.filter((place) => place.country !== 'LY').map((place) => `${place.id} (${place.country}) from "${place.aliases.join('", "')}"`)).toEqual([]);
	});

	test('a place page holds the excerpts of both articles, each quote in its language and direction', async () => {
		const page = await browser.newPageAt(`${site.url}/place/darnah`);
		const quotes = page.locator('blockquote');
		const texts = await quotes.locator('p').allInnerTexts();
		expect(texts).toContain(line(EN, 1));
		expect(texts).toContain(line(EN, 6)); // right-to-left marks around an Arabic word
		expect(texts).toContain(line(AR, 1));
		expect(await page.locator('.native [lang=ar]').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('.native [lang=ar]').innerText()).toBe('درنة');

		const arabic = page.locator('blockquote[lang=ar]').first();
		expect(await arabic.getAttribute('dir')).toBe('rtl');
		// The quote starts at the right (its opening mark, drawn at its start, with it); an English one at the left.
		const startsAtRight = (selector: string) =>
			page.locator(selector).first().evaluate((p) => {
				const range = document.createRange();
				const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
				const first = walker.nextNode()!;
				range.setStart(first, 0);
				range.setEnd(first, 1);
				const box = p.getBoundingClientRect();
				return range.getBoundingClientRect().left > box.left + box.width / 2;
			});
		expect(await startsAtRight('blockquote[lang=ar] p')).toBe(true);
		expect(await startsAtRight('blockquote[lang=en] p')).toBe(false);
		expect(await page.locator('blockquote[lang=ar] p').first().evaluate((p) => getComputedStyle(p, '::before').content)).toBe('open-quote');
		await page.context().close();
	});

	test('lines holding straight and curly quotes, & and < show exactly as the article has them', async () => {
		const benghazi = await browser.newPageAt(`${site.url}/place/benghazi`);
		const shown = await benghazi.locator('blockquote p').allInnerTexts();
		expect(shown).toContain(line(EN, 3)); // "We heard a loud explosion, …"
		expect(shown).toContain(line(EN, 4)); // Tripoli & Misrata
		expect(shown).toContain(line(AR, 3)); // an Arabic line with straight quotes
		await benghazi.context().close();
		const tobruk = await browser.newPageAt(`${site.url}/place/tobruk`);
		expect(await tobruk.locator('blockquote p').allInnerTexts()).toContain(line(EN, 5)); // < 10% … “beyond …”
		await tobruk.context().close();
	});

	test('the Arabic source reads right to left, in the full text and in an embed', async () => {
		const page = await browser.newPageAt(`${site.url}/source/derna-ar`);
		expect(await page.locator('.text').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
		await page.context().close();
		const embed = readFileSync(join('test-results/builds/drafted', 'embed/place/darnah.html'), 'utf8');
		expect(embed).toMatch(/<blockquote lang="ar" dir="rtl"/);
	});
});
