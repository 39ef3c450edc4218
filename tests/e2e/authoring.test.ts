import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSession, buildVariant, mapIdle, pixelOf } from './harness';

const SOURCE = 'russia-confirms-assad-moscow';
const excerpts: { id: string; quote: string }[] = JSON.parse(readFileSync(`geodata/excerpts/${SOURCE}.json`, 'utf8'));
const places: { id: string; anchor: [number, number] }[] = JSON.parse(readFileSync('build/data/places.json', 'utf8'));

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
		const anchor = await pixelOf(page, places.find((place) => place.id === 'sednaya-prison')!.anchor);
		await page.mouse.move(anchor.x, anchor.y);
		await expect.poll(() => page.locator('mark.mention.lit').allInnerTexts()).toEqual(['Sednaya Prison', 'The prison', 'the facility', 'Sednaya Military Prison', 'The prison']);
		await browser.done(watched);
	});
});

describe('a dossier made with npm run dossier only', () => {
	test('add a second article, suggest, add two places from GeoNames, link, build: the new place page holds its excerpts', { timeout: 180_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dossier-round-'));
		cpSync('tests/fixtures/valid/geodata', join(dir, 'geodata'), { recursive: true });
		const dossier = (...args: string[]) => {
			const run = spawnSync('node_modules/.bin/tsx', ['scripts/dossier.ts', '--dir', dir, ...args], { encoding: 'utf8' });
			expect(run.stderr).not.toMatch(/^\s+at /m);
			return run;
		};
		expect(dossier('add-source', 'tests/fixtures/articles/convoy.txt', '--id', 'convoy', '--title', 'Convoy reaches Hammelburg', '--date', '2025-03', '--captions', '4').status).toBe(0);
		const suggested = dossier('suggest', 'convoy');
		expect(suggested.stdout).toContain('npm run dossier -- add-place hammelburg --name "Hammelburg" --geonames "Hammelburg"');
		expect(suggested.stdout).toContain('npm run dossier -- link convoy "Old Fort" old-fort');
		expect(dossier('suggest', 'convoy', '--write').status).toBe(0);
		expect(dossier('add-place', 'hammelburg', '--name', 'Hammelburg', '--geonames', 'Hammelburg').status).toBe(1);
		expect(dossier('add-place', 'fulda', '--name', 'Fulda', '--geonames', 'Fulda', '--country', 'DE').status).toBe(1);
		expect(dossier('link', 'convoy', 'Fulda', 'fulda').status).toBe(1);
		const linked = dossier('link', 'convoy', 'Hammelburg', 'hammelburg', '--nth', '2');
		expect(linked.stdout.trim().split('\n').at(-1)).toBe('geodata: ok — 2 source(s), 4 places, 5 excerpts, 5 layers');
		expect(linked.status).toBe(0);

		const out = buildVariant('authored', { DOSSIER_DIR: dir });
		const page = readFileSync(join(out, 'place/hammelburg.html'), 'utf8');
		expect(page).toContain('Trucks left Fulda before dawn and reached');
		expect(page).toMatch(/<mark class="names[^"]*"[^>]*>Hammelburg<\/mark>/);
		expect(readFileSync(join(out, 'source/convoy.html'), 'utf8')).toContain('id="line-2"');
	});
});
