import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { baseUrl, browserSession, buildVariant, mapIdle, screenshot } from './harness';

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

/** How many features of each basemap layer MapLibre has drawn in the view. */
const drawn = (page: Page, layers: string[]) =>
	page.evaluate((layers) => {
		const map = (document.querySelector('[data-testid=map]') as any).__map;
		return Object.fromEntries(layers.map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).length]));
	}, layers);

/** Every request for a tile archive, with the Range it asked for and the status it got. */
function tileRequests(page: Page) {
	const seen: { url: string; range: string | undefined; status: number }[] = [];
	page.on('requestfinished', async (request) => {
		if (!request.url().includes('.pmtiles')) return;
		const response = await request.response();
		seen.push({ url: request.url(), range: request.headers().range, status: response?.status() ?? 0 });
	});
	return seen;
}

const WATER = ['lake', 'river', 'coast-sea'];
const PLACES = ['latakia-airbase', 'tartus-naval-facility', 'sednaya-prison', 'damascus', 'city-of-capitals'];

describe('the offline basemap is vector tiles read with byte ranges from the origin', () => {
	for (const id of PLACES) {
		test(`/place/${id} draws its basemap from both tile sets' byte ranges, credits every source, and loads nothing from elsewhere`, async () => {
			let requests: ReturnType<typeof tileRequests> = [];
			const watched = await browser.open(`/place/${id}`, { before: async (page) => void (requests = tileRequests(page)) });
			await mapIdle(watched.page);
			await screenshot(watched.page, `basemap-${id}`);
			const archives = new Set(requests.map((r) => new URL(r.url).pathname));
			expect([...archives].sort()).toEqual(['/basemap/coast.pmtiles', '/basemap/world.pmtiles']);
			for (const request of requests) {
				expect(request.range, request.url).toMatch(/^bytes=\d+-\d+$/);
				expect(request.status, request.url).toBe(206);
			}
			const credits = await watched.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
			for (const credit of ['Natural Earth', 'CLDR', 'OpenStreetMap contributors', 'GeoNames']) expect(credits).toContain(credit);
			await browser.done(watched);
		});
	}

	test('the Tartus page draws the harbour’s coast from the OpenStreetMap seas', async () => {
		const watched = await browser.open('/place/tartus-naval-facility');
		await mapIdle(watched.page);
		expect((await drawn(watched.page, ['coast-sea']))['coast-sea']).toBeGreaterThan(0);
		await browser.done(watched);
	});

	test('the Khmeimim page marks the air base’s airport with the plane symbol of the app’s own sprite', async () => {
		const sprites: string[] = [];
		const watched = await browser.open('/place/latakia-airbase', { before: async (page) => void page.on('requestfinished', (request) => void (request.url().includes('/sprite') && sprites.push(request.url()))) });
		await mapIdle(watched.page);
		expect((await drawn(watched.page, ['airports'])).airports).toBeGreaterThan(0);
		expect(await watched.page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.hasImage('airport'))).toBe(true);
		expect(sprites.length).toBeGreaterThan(0);
		for (const url of sprites) expect(url.startsWith(`${new URL(baseUrl()).origin}/basemap/sprite`), url).toBe(true);
		await browser.done(watched);
	});

	test('the City of Capitals page draws the Moskva beside the towers', async () => {
		const watched = await browser.open('/place/city-of-capitals');
		await mapIdle(watched.page);
		expect((await drawn(watched.page, ['river']))['river']).toBeGreaterThan(0);
		await browser.done(watched);
	});
});

describe('a dossier in another region gets the same map, with no code change', () => {
	let site: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		site = await serveStatic({ root: buildVariant('kakhovka-flood', { DOSSIER_DIR: 'tests/fixtures/dossiers/kakhovka-flood' }) });
	}, 240_000);
	afterAll(() => site?.close());

	for (const id of ['nova-kakhovka', 'kherson', 'oleshky']) {
		test(`/place/${id} opens on the Dnipro: water drawn in its opening view`, async () => {
			const page = await browser.newPageAt(`${site.url}/place/${id}`);
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await mapIdle(page);
			await screenshot(page, `kakhovka-${id}`);
			const water = await drawn(page, WATER);
			expect(water.lake + water.river + water['coast-sea'], JSON.stringify(water)).toBeGreaterThan(0);
			expect(errors).toEqual([]);
			await page.context().close();
		});
	}

	// On a phone's overview the first fit put Nova Kakhovka, the north-east place, under the basemap button.
	test('on a phone, the overview keeps Nova Kakhovka, in the top right corner, clear of the map’s controls', async () => {
		const page = await browser.newPageAt(`${site.url}/`, { viewport: { width: 390, height: 844 } });
		await mapIdle(page);
		const under = await page.evaluate(() => {
			const element = document.querySelector('[data-testid=map]') as any;
			const map = element.__map;
			const dot = map.queryRenderedFeatures({ layers: ['dossier-anchor'] }).find((f: any) => f.properties.key === 'nova-kakhovka');
			if (!dot) return ['no dot drawn'];
			const box = element.getBoundingClientRect();
			const at = map.project(dot.geometry.coordinates);
			const [x, y] = [box.left + at.x, box.top + at.y];
			return [...document.querySelectorAll('.maplibregl-ctrl-top-right .maplibregl-ctrl')]
				.filter((control) => {
					const r = control.getBoundingClientRect();
					return r.left - 10 < x && x < r.right + 10 && r.top - 10 < y && y < r.bottom + 10;
				})
				.map((control) => control.className);
		});
		expect(under).toEqual([]);
		await page.context().close();
	});
});

describe('every place legible', () => {
	/** The labels drawn over each place's dot (MapLibre's placed label boxes under its pixel), other than its own. */
	const labelsOverDots = (page: Page) =>
		page.evaluate(() => {
			const map = (document.querySelector('[data-testid=map]') as any).__map;
			const labels = map.getStyle().layers.filter((layer: any) => layer.type === 'symbol' && layer.id !== 'dossier-keepout').map((layer: any) => layer.id);
			const covered: string[] = [];
			// A cluster's dot too, and its own labels (its count, its names) are those of the same cluster.
			const own = (label: any, dot: any) => (dot.properties.cluster ? label.properties.cluster_id === dot.properties.cluster_id : label.properties.key === dot.properties.key);
			for (const anchor of map.queryRenderedFeatures({ layers: ['dossier-anchor', 'dossier-cluster'] })) {
				const at = map.project(anchor.geometry.coordinates);
				for (const label of map.queryRenderedFeatures(at, { layers: labels }))
					if (!own(label, anchor)) covered.push(`${label.properties.name ?? label.properties.names} (${label.layer.id}) over ${anchor.properties.key ?? anchor.properties.keys}`);
			}
			return covered;
		});

	for (const path of ['/', ...PLACES.map((id) => `/place/${id}`)]) {
		test(`${path}: no label covers a place's dot`, async () => {
			const watched = await browser.open(path);
			await mapIdle(watched.page);
			expect(await labelsOverDots(watched.page)).toEqual([]);
			await browser.done(watched);
		});
	}
});
