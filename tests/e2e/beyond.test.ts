import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, browserSession, builtPlaces, expectInsideMap, mapIdle, pixelOf, screenshot } from './harness';

const places = builtPlaces();
const SOURCE = 'russia-confirms-assad-moscow';
const text = readFileSync(`geodata/sources/${SOURCE}.txt`, 'utf8');
const meta = JSON.parse(readFileSync(`geodata/sources/${SOURCE}.json`, 'utf8'));
const excerpts: { id: string; places: string[]; quote: string }[] = JSON.parse(readFileSync(`geodata/excerpts/${SOURCE}.json`, 'utf8'));
const placeOf = (id: string) => places.find((place) => place.id === id)!;
/** The south-west corner of a place's footprint's bounding box, from the export. */
const exported = JSON.parse(readFileSync('build/dossier.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const footprintOf = (id: string): [[number, number]] => {
	const feature = exported.features.find((candidate) => candidate.id === id)!;
	const [west, south] = bbox(feature);
	return [[west, south]];
};
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

const featureState = (page: import('playwright-core').Page, key: string) =>
	page.evaluate((key) => (document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier', id: key }), key);

describe('the source view', () => {
	test('shows the whole text, paragraphs and captions apart, every excerpt its own element linked to its places', async () => {
		const watched = await browser.open(`/source/${SOURCE}`);
		const { page } = watched;
		const lines = text.split('\n');
		expect(await page.locator('.text > p').count()).toBe(lines.length - meta.captionLines.length);
		expect(await page.locator('.text > figure.caption').count()).toBe(meta.captionLines.length);
		expect((await page.locator('.text').innerText()).replace(/\s+/g, ' ')).toContain(lines[0]);
		for (const excerpt of excerpts) {
			const mark = page.locator(`mark[id="${excerpt.id}"]`);
			expect(await mark.locator('a.quote').innerText()).toBe(excerpt.quote);
			for (const place of excerpt.places) expect(await mark.locator(`a.place-link[href$="/place/${place}"]`).count()).toBe(1);
		}
		await mapIdle(page);
		await screenshot(page, 'source');
		await browser.done(watched);
	});

	test('a link to an excerpt scrolls to it, marks it and frames its places on the map', async () => {
		const watched = await browser.open(`/source/${SOURCE}#line-33`);
		const { page } = watched;
		await mapIdle(page);
		const mark = page.locator('mark[id="line-33"]');
		await expect.poll(() => mark.getAttribute('class')).toContain('current');
		expect(await mark.isVisible()).toBe(true);
		const box = (await mark.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(800);
		// The map does not take the fragment over, and marks the excerpt's places.
		expect(new URL(page.url()).hash).toBe('#line-33');
		expect((await featureState(page, 'sednaya-prison')).selected).toBe(true);
		expect((await featureState(page, 'damascus')).selected).toBe(true);
		await browser.done(watched);
	});

	test('selecting an excerpt in the text frames its places', async () => {
		const watched = await browser.open(`/source/${SOURCE}`);
		const { page } = watched;
		await mapIdle(page);
		const overviewZoom = await page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.getZoom());
		await page.locator('mark[id="line-8"] a.quote').click();
		await expect.poll(() => new URL(page.url()).hash).toBe('#line-8');
		await expect.poll(() => page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.getZoom()), { timeout: 10_000 }).toBeGreaterThan(overviewZoom + 2);
		await mapIdle(page);
		await expectInsideMap(page, { latakia: placeOf('latakia-airbase').anchor, tartus: placeOf('tartus-naval-facility').anchor });
		await browser.done(watched);
	});

	test('from an excerpt in a place panel, "Read in context" opens it in the full text', async () => {
		const watched = await browser.open('/place/city-of-capitals');
		const { page } = watched;
		await page.locator('[data-excerpt="line-20"] a', { hasText: 'Read in context' }).click();
		await page.waitForURL(`${baseUrl()}/source/${SOURCE}#line-20`);
		await expect.poll(() => page.locator('mark[id="line-20"]').getAttribute('class')).toContain('current');
		await browser.done(watched);
	});
});

describe('text and map linked both ways', () => {
	test('hovering an excerpt lights its places on the map; hovering a footprint lights its excerpts', async () => {
		const watched = await browser.open('/place/sednaya-prison');
		const { page } = watched;
		await mapIdle(page);
		await page.locator('[data-excerpt="line-26"] blockquote').hover();
		await expect.poll(async () => (await featureState(page, 'damascus')).hover).toBe(true);
		expect((await featureState(page, 'sednaya-prison')).hover).toBe(true);

		// Inside the footprint, off its anchor: a third of the way from the anchor to its south-west corner.
		const anchor = await pixelOf(page, placeOf('sednaya-prison').anchor);
		const corner = await pixelOf(page, footprintOf('sednaya-prison')[0]);
		await page.mouse.move(anchor.x + (corner.x - anchor.x) / 3, anchor.y + (corner.y - anchor.y) / 3);
		await expect.poll(() => page.locator('.excerpts li.lit').count()).toBe(placeOf('sednaya-prison').excerptCount);
		expect(await page.evaluate(() => (document.querySelector('[data-testid=map] canvas') as HTMLElement).style.cursor)).toBe('pointer');
		await browser.done(watched);
	});

	test('focusing an excerpt from the keyboard lights its places too', async () => {
		const watched = await browser.open('/place/latakia-airbase');
		const { page } = watched;
		await mapIdle(page);
		await page.locator('[data-excerpt="line-8"] a').first().focus();
		await expect.poll(async () => (await featureState(page, 'tartus-naval-facility')).hover).toBe(true);
		await browser.done(watched);
	});
});

describe('native names', () => {
	test('each place shows its native name with its language and direction, and the map draws Arabic from its own glyphs', async () => {
		const watched = await browser.open('/place/damascus');
		const { page } = watched;
		const glyphRanges: string[] = [];
		page.on('requestfinished', (request) => {
			const match = /\/glyphs\/[^/]+\/(\d+-\d+)\.pbf$/.exec(decodeURIComponent(request.url()));
			if (match) glyphRanges.push(match[1]!);
		});
		await page.reload();
		expect(await page.locator('.native [lang="ar"][dir="rtl"]').innerText()).toBe('دمشق');
		await mapIdle(page);
		// MapLibre shapes Arabic into presentation forms (U+FE70–FEFF), served by the app itself.
		expect(glyphRanges).toContain('65024-65279');
		await browser.done(watched);

		const moscow = await browser.open('/place/city-of-capitals');
		expect(await moscow.page.locator('.native [lang="ru"][dir="ltr"]').innerText()).toBe('Город Столиц');
		await browser.done(moscow);
	});
});

describe('Find', () => {
	test('finds a place by its Arabic name and opens it from the keyboard', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		const box = page.getByRole('combobox', { name: 'Find' });
		await box.focus();
		await box.pressSequentially('صيدنايا');
		await expect.poll(() => page.getByRole('option').first().innerText()).toContain('Sednaya Prison');
		await page.keyboard.press('ArrowDown');
		expect(await box.getAttribute('aria-activedescendant')).toBe('find-hit-0');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl()}/place/sednaya-prison`);
		await expect.poll(() => page.locator('h1').innerText()).toContain('Sednaya Prison');
		await browser.done(watched);
	});

	test('finds words of the text and opens the excerpt in context', async () => {
		const watched = await browser.open('/place/damascus');
		const { page } = watched;
		const box = page.getByRole('combobox', { name: 'Find' });
		await box.fill('Slaughterhouse');
		await expect.poll(() => page.getByRole('option').count()).toBe(1);
		await box.press('Enter');
		await page.waitForURL(`${baseUrl()}/source/${SOURCE}#line-26`);
		await expect.poll(() => page.locator('mark[id="line-26"]').getAttribute('class')).toContain('current');
		await browser.done(watched);
	});
});

describe('phones', () => {
	for (const path of ['/', '/place/sednaya-prison', `/source/${SOURCE}`]) {
		test(`at 390×844 ${path} keeps a third of the screen for the map, scrolls nothing sideways, has 44 px targets`, async () => {
			const watched = await browser.open(path, PHONE);
			const { page } = watched;
			await mapIdle(page);
			const sheet = (await page.locator('#panel').boundingBox())!;
			expect(sheet.y).toBeGreaterThanOrEqual(844 / 3);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			expect(await page.evaluate(() => document.querySelector('#panel')!.scrollWidth)).toBeLessThanOrEqual(390);
			const small = await page.evaluate(() =>
				[...document.querySelectorAll('#panel button, #panel input[type=search], #panel nav label, #panel nav a, #panel .actions a, .maplibregl-ctrl-group button')]
					.map((element) => ({ element, box: element.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
					.map(({ element, box }) => `${element.tagName} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`)
			);
			expect(small).toEqual([]);
			await screenshot(page, `phone${path.replace(/\W+/g, '-')}`);
			await browser.done(watched);
		});
	}

	test('the bottom sheet folds away and comes back with its button, and follows a drag of its handle', async () => {
		const watched = await browser.open('/place/tartus-naval-facility', PHONE);
		const { page } = watched;
		await mapIdle(page);
		const toggle = page.getByRole('button', { name: 'Show the map' });
		const open = (await page.locator('#panel').boundingBox())!.height;
		await toggle.click();
		await expect.poll(async () => (await page.locator('#panel').boundingBox())!.height).toBeLessThan(80);
		expect(await page.getByRole('button', { name: 'Show the text' }).getAttribute('aria-expanded')).toBe('false');
		await page.getByRole('button', { name: 'Show the text' }).click();
		await expect.poll(async () => (await page.locator('#panel').boundingBox())!.height).toBe(open);

		const handle = (await page.locator('.handle').boundingBox())!;
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		await page.mouse.move(handle.x + handle.width / 2, 700, { steps: 5 });
		await page.mouse.up();
		await expect.poll(async () => (await page.locator('#panel').boundingBox())!.height).toBeLessThan(open - 100);
		await browser.done(watched);
	});
});

describe('export and cite', () => {
	test('/dossier.geojson holds every place with its excerpts, quoted exactly', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		const response = await page.request.get(`${baseUrl()}/dossier.geojson`);
		expect(response.status()).toBe(200);
		const collection = await response.json();
		const features = collection.features.filter((feature: any) => feature.properties.kind !== 'arc');
		expect(features.map((feature: any) => feature.id).sort()).toEqual(places.map((place) => place.id).sort());
		for (const feature of features) {
			expect(feature.properties.excerpts.length).toBe(placeOf(feature.id).excerptCount);
			for (const excerpt of feature.properties.excerpts) expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
		}
		await browser.done(watched);
	});

	test('"Copy citation" copies the quote, its source, its place and the link to it', async () => {
		const watched = await browser.open('/place/sednaya-prison');
		const { page } = watched;
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
		await page.locator('[data-excerpt="line-27"]').getByRole('button', { name: 'Copy citation' }).click();
		await expect.poll(() => page.locator('[data-excerpt="line-27"] [role=status]').innerText()).toBe('Copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		const quote = excerpts.find((excerpt) => excerpt.id === 'line-27')!.quote;
		expect(copied).toBe(`“${quote}” — ${meta.title} (publisher not known, ${meta.date}), line 27. Place: Sednaya Prison. ${baseUrl()}/source/${SOURCE}#line-27`);
		await browser.done(watched);
	});
});
