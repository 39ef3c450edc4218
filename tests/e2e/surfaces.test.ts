import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { baseUrl, browserSession, builtPlaces, mapIdle, screenshot } from './harness';

const places = builtPlaces();
const excerptsOf = (id: string): { quote: string }[] => JSON.parse(readFileSync(`build/data/place/${id}.json`, 'utf8')).excerpts;

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

const noWebGL = () => {
	const original = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
		if (/webgl/.test(type)) return null;
		return (original as any).call(this, type, ...rest);
	} as typeof original;
};

/** Asserts that the static map is loaded, visible and fills the map area. */
async function expectStaticMapFillsMapArea(page: Page) {
	const image = page.getByTestId('static-map');
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
	expect(await image.isVisible()).toBe(true);
	const box = (await image.boundingBox())!;
	const area = (await page.locator('.map-area').boundingBox())!;
	expect(box).toEqual(area);
}

/** How many distinct colours (at 4 bits a channel) a region of a screenshot has. */
async function colours(page: Page, png: Buffer, region: { x: number; y: number; width: number; height: number }): Promise<number> {
	return page.evaluate(
		async ({ data, region }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${data}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const pixels = context.getImageData(region.x, region.y, region.width, region.height).data;
			const seen = new Set<number>();
			for (let i = 0; i < pixels.length; i += 4) seen.add(((pixels[i]! >> 4) << 8) | ((pixels[i + 1]! >> 4) << 4) | (pixels[i + 2]! >> 4));
			return seen.size;
		},
		{ data: png.toString('base64'), region }
	);
}

describe('the static map stands in for the live one', () => {
	for (const place of places) {
		test(`without WebGL, ${place.id} shows its static map in the map area, named in its alt text, under the notice`, async () => {
			const watched = await browser.open(`/place/${place.id}`, { init: noWebGL });
			const { page } = watched;
			await expect.poll(() => page.getByTestId('map-unavailable').textContent()).toContain('this browser has no WebGL');
			await expectStaticMapFillsMapArea(page);
			expect(await page.getByTestId('static-map').getAttribute('alt')).toContain(`Map of ${place.name}`);
			expect(await page.getByTestId('map-unavailable').isVisible()).toBe(true);
			await browser.done(watched);
		});

		test(`without JavaScript, ${place.id} shows its static map in the map area, named in its alt text`, async () => {
			const watched = await browser.open(`/place/${place.id}`, { javaScriptEnabled: false });
			const { page } = watched;
			await expectStaticMapFillsMapArea(page);
			expect(await page.getByTestId('static-map').getAttribute('alt')).toContain(`Map of ${place.name}`);
			expect(await page.locator('.map-area noscript').count()).toBe(1);
			await browser.done(watched);
		});
	}

	test('without JavaScript, a source shows the overview’s static map (it opens framed as the overview) under its own alt text', async () => {
		const watched = await browser.open('/source/russia-confirms-assad-moscow', { javaScriptEnabled: false });
		const { page } = watched;
		await expectStaticMapFillsMapArea(page);
		expect(await page.getByTestId('static-map').getAttribute('src')).toMatch(/\/static-map\/index\.png$/);
		const sourceAlt = await (await fetch(`${baseUrl()}/data/source/russia-confirms-assad-moscow.json`)).json().then((source: { mapAlt: string }) => source.mapAlt);
		expect(await page.getByTestId('static-map').getAttribute('alt')).toBe(sourceAlt);
		expect(sourceAlt).toMatch(/^Map of /);
		await browser.done(watched);
	});

	test('a page’s first paint has map pixels in the map area before the live map can draw', async () => {
		const watched = await browser.open('/place/sednaya-prison', {
			javaScriptEnabled: false
		});
		const { page } = watched;
		await expectStaticMapFillsMapArea(page);
		const area = (await page.locator('.map-area').boundingBox())!;
		const shot = await page.screenshot();
		// A flat background has one colour; the map has land, water, borders, a footprint and labels.
		expect(await colours(page, shot, area)).toBeGreaterThan(20);
		await browser.done(watched);
	});

	test('with script, the map data held back, the static map is there at DOMContentLoaded and stays; once the live map is idle it covers it', async () => {
		const session = await browser.open('/place/damascus');
		const { page } = session;
		await mapIdle(page);
		expect(await page.getByTestId('static-map').isVisible()).toBe(false);
		expect(await page.getByTestId('map').isVisible()).toBe(true);
		await browser.done(session);

		const blocked = await browser.open('/', {
			init: () => {
				document.addEventListener('DOMContentLoaded', () => ((window as any).__atDom = Boolean(document.querySelector('[data-testid=static-map]'))));
			}
		});
		await blocked.page.route('**/data/map.geojson', (route) => route.abort());
		await blocked.page.reload();
		await blocked.page.waitForSelector('[data-hydrated]');
		expect(await blocked.page.evaluate(() => (window as any).__atDom)).toBe(true);
		await expectStaticMapFillsMapArea(blocked.page);
		await screenshot(blocked.page, 'surfaces-map-data-blocked');
		await browser.done(blocked, { allowErrors: [/Failed to load resource/] });
	});
});

describe('print', () => {
	for (const id of ['sednaya-prison', 'city-of-capitals']) {
		test(`${id} prints as a brief: its static map, every excerpt with its citation, its address, and no controls`, async () => {
			const watched = await browser.open(`/place/${id}`);
			const { page } = watched;
			await mapIdle(page);
			await page.emulateMedia({ media: 'print' });
			await expectStaticMapFillsMapArea(page);
			expect(await page.getByTestId('map').isVisible()).toBe(false);
			const text = await page.locator('body').innerText();
			for (const excerpt of excerptsOf(id)) expect(text).toContain(excerpt.quote);
			expect(await page.locator('.excerpts figcaption cite').first().isVisible()).toBe(true);
			expect(await page.locator('.print-address').innerText()).toBe(`${baseUrl()}/place/${id}`);
			for (const control of ['button', 'input', '.find-slot']) {
				for (const element of await page.locator(control).all()) expect(await element.isVisible(), control).toBe(false);
			}
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
			expect(pages).toBeGreaterThanOrEqual(1);
			expect(pages).toBeLessThanOrEqual(3);
			await browser.done(watched);
		});
	}

	test('the overview prints its map and the index of places', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		await page.emulateMedia({ media: 'print' });
		await expectStaticMapFillsMapArea(page);
		const text = await page.locator('body').innerText();
		for (const place of places) expect(text).toContain(place.name);
		await browser.done(watched);
	});
});

/** The `content` of the tags of one HTML file, by property or name. */
function metaOf(html: string): Record<string, string> {
	const tags = [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)];
	return Object.fromEntries(tags.map(([, key, content]) => [key!, content!]));
}

const ROUTE_FILES = ['index.html', 'embed.html', '404.html', 'source/russia-confirms-assad-moscow.html', ...places.flatMap((place) => [`place/${place.id}.html`, `embed/place/${place.id}.html`])];

describe('link previews', () => {
	test('every route has og:title, og:description, og:type and a large-image card; without PUBLIC_SITE_URL, no og:image or og:url', () => {
		// Nothing names a place's preview picture then, and the build draws none.
		expect(existsSync('build/og/place')).toBe(false);
		for (const file of ROUTE_FILES) {
			const meta = metaOf(readFileSync(join('build', file), 'utf8'));
			expect(meta['og:title'], file).toBeTruthy();
			expect(meta['og:description'], file).toBeTruthy();
			expect(meta['og:type'], file).toMatch(/^(website|article)$/);
			expect(meta['twitter:card'], file).toBe('summary_large_image');
			expect(meta['og:image'], file).toBeUndefined();
			expect(meta['og:url'], file).toBeUndefined();
		}
		expect(metaOf(readFileSync('build/place/damascus.html', 'utf8'))['og:title']).toBe('Damascus — Dossier Map');
	});

	test('with PUBLIC_SITE_URL, og:image names a 1200 × 630 PNG the build contains, and og:url the page', () => {
		const out = 'test-results/builds/site-url';
		rmSync(out, { recursive: true, force: true });
		const run = spawnSync('node_modules/.bin/vite', ['build'], {
			env: { ...process.env, PUBLIC_SITE_URL: 'https://maps.example.org/', BUILD_DIR: out },
			encoding: 'utf8'
		});
		expect(run.status, run.stderr).toBe(0);
		for (const file of ROUTE_FILES) {
			const meta = metaOf(readFileSync(join(out, file), 'utf8'));
			const image = meta['og:image']!;
			expect(image, file).toMatch(/^https:\/\/maps\.example\.org\/og\/.+\.png$/);
			const png = readFileSync(join(out, new URL(image).pathname));
			// PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
			expect(png.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
			expect(meta['og:url'], file).toMatch(/^https:\/\/maps\.example\.org\//);
		}
		expect(metaOf(readFileSync(join(out, 'place/damascus.html'), 'utf8'))['og:image']).toBe('https://maps.example.org/og/place/damascus.png');
		expect(metaOf(readFileSync(join(out, 'place/damascus.html'), 'utf8'))['og:url']).toBe('https://maps.example.org/place/damascus');
	}, 180_000);
});

describe('embeds', () => {
	let host: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let folder = '';
	beforeAll(async () => {
		folder = mkdtempSync(join(tmpdir(), 'embed-host-'));
		writeFileSync(
			join(folder, 'index.html'),
			`<!doctype html><title>Host</title><link rel="icon" href="data:,"><h1>Someone else's page</h1><iframe src="${baseUrl()}/embed/place/sednaya-prison" title="Map" width="900" height="600"></iframe>`
		);
		host = await serveStatic({ root: folder });
	});
	afterAll(() => {
		host?.close();
		rmSync(folder, { recursive: true, force: true });
	});

	test('an embed inside a cross-origin iframe draws its map, lists the place’s excerpts and links out to the full page', async () => {
		expect(new URL(host!.url).origin).not.toBe(new URL(baseUrl()).origin);
		const page = await browser.newPageAt(host!.url);
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		const frame = page.frameLocator('iframe');
		await frame.locator('[data-testid=map][data-map-idle=true]').waitFor({ timeout: 30_000 });
		expect(await frame.locator('.excerpts li').count()).toBe(excerptsOf('sednaya-prison').length);
		const out = frame.getByTestId('open-full');
		expect(await out.getAttribute('target')).toBe('_blank');
		expect(await out.getAttribute('href')).toMatch(/\/place\/sednaya-prison/);
		expect(await frame.locator('.find-slot').count()).toBe(0);
		await screenshot(page, 'surfaces-embed-in-iframe');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	test('the Embed button gives the iframe of the current view (place, layers, camera)', async () => {
		const watched = await browser.open('/place/damascus?layers=damascus,transfer');
		const { page } = watched;
		await mapIdle(page);
		await page.getByRole('button', { name: 'Embed' }).click();
		const snippet = await page.getByTestId('embed-snippet').inputValue();
		expect(snippet).toMatch(new RegExp(`^<iframe src="${baseUrl()}/embed/place/damascus\\?layers=damascus,transfer#map=[\\d.]+/[\\d.-]+/[\\d.-]+`));
		await browser.done(watched);
	});
});
