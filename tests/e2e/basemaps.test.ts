import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { textWidthEm } from '../../src/lib/static-map/labels';
import { baseUrl, browserSession, builtPlaces, mapIdle, pixelOf, renderedKeys, screenshot } from './harness';

// The online basemaps cannot be reached from here: their exact URLs are answered with fixtures.
const STREETS = 'https://tiles.openfreemap.org';
const SATELLITE = 'https://tiles.maps.eox.at';
const streetsStyle = readFileSync('tests/fixtures/basemaps/streets-style.json', 'utf8');
// One green 256 px tile, made here: any picture will do to show that imagery was drawn.
const imageryTile = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#3d6b35"/></svg>').render().asPng();
const places = builtPlaces();

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

/** Answers the basemaps' hosts, or refuses one of them as a closed network would; notes every origin asked. */
async function answerBasemaps(page: Page, { refuse }: { refuse?: string } = {}): Promise<Set<string>> {
	const origins = new Set<string>();
	page.on('request', (request) => origins.add(new URL(request.url()).origin));
	await page.route(`${STREETS}/**`, (route) => {
		if (refuse === STREETS) return route.abort('connectionrefused');
		const { pathname } = new URL(route.request().url());
		if (pathname === '/styles/liberty') return route.fulfill({ contentType: 'application/json', body: streetsStyle });
		const glyphs = /^\/fonts\/([^/]+)\/(\d+-\d+)\.pbf$/.exec(pathname);
		if (glyphs) return route.fulfill({ contentType: 'application/x-protobuf', body: readFileSync(`static/glyphs/${decodeURIComponent(glyphs[1]!)}/${glyphs[2]}.pbf`) });
		// An empty vector tile: a place with nothing in it.
		if (pathname.startsWith('/planet/')) return route.fulfill({ contentType: 'application/x-protobuf', body: Buffer.alloc(0) });
		return route.fulfill({ status: 404, body: '' });
	});
	await page.route(`${SATELLITE}/**`, (route) =>
		refuse === SATELLITE ? route.abort('connectionrefused') : route.fulfill({ contentType: 'image/jpeg', body: imageryTile })
	);
	return origins;
}

const mapHas = (page: Page, layer: string) =>
	page.evaluate((layer) => Boolean((document.querySelector('[data-testid=map]') as any).__map.getLayer(layer)), layer);
const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner').innerText();
/** Opens the folded basemap choice (once) and returns the group of radio buttons. */
async function openChoice(page: Page) {
	const toggle = page.locator('[data-testid=basemap-control] button');
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	return page.getByRole('group', { name: 'Basemap' });
}
const choose = async (page: Page, id: string) => (await openChoice(page)).locator(`input[value="${id}"]`).check();
const origin = () => new URL(baseUrl()).origin;

describe('the basemap choice', () => {
	test('offers the offline map, streets and satellite, saying where each loads from, and asks nothing of them before a choice', async () => {
		const watched = await browser.open('/place/sednaya-prison');
		const { page } = watched;
		await mapIdle(page);
		const toggle = page.locator('[data-testid=basemap-control] button');
		expect(await toggle.innerText()).toBe('Basemap: Map');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.getByRole('radio').count()).toBe(0);
		const control = await openChoice(page);
		expect(await control.getByRole('radio').count()).toBe(3);
		expect(await control.getByRole('radio', { name: /^Map/ }).isChecked()).toBe(true);
		expect(await control.innerText()).toContain('loads from tiles.openfreemap.org');
		expect(await control.innerText()).toContain('loads from tiles.maps.eox.at');
		for (const label of await control.locator('label').all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await browser.done(watched); // no request outside the origin
	});

	test('folds into one button that names the basemap; Enter opens the choice, Escape folds it back to the button', async () => {
		const watched = await browser.open('/place/damascus');
		const { page } = watched;
		await mapIdle(page);
		const toggle = page.locator('[data-testid=basemap-control] button');
		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await page.getByRole('radio', { name: /^Map/ }).focus();
		await page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('basemap-toggle'))).toBe(true);
		expect(await page.getByRole('radio').count()).toBe(0);
		await browser.done(watched);
	});

	for (const [size, viewport, prefix] of [
		['desktop', { width: 1280, height: 800 }, '/place/'],
		['phone', { width: 390, height: 844 }, '/place/'],
		['embed', { width: 800, height: 500 }, '/embed/place/']
	] as const) {
		test(`on ${size}, every place's opening view, and the overview, keep each place's dot and label clear of the map's controls`, async () => {
			const ids = ['latakia-airbase', 'tartus-naval-facility', 'sednaya-prison', 'damascus', 'city-of-capitals'];
			// Each place's page shows that place; the overview every place, as its own dot or in a cluster.
			for (const [path, shown] of [...ids.map((id) => [`${prefix}${id}`, [id]] as const), [prefix === '/place/' ? '/' : '/embed', ids] as const]) {
				const watched = await browser.open(path, { viewport });
				const { page } = watched;
				await mapIdle(page);
				const { dots, controls } = await page.evaluate((shown) => {
					const element = document.querySelector('[data-testid=map]') as any;
					const map = element.__map;
					const box = element.getBoundingClientRect();
					const drawn = map.queryRenderedFeatures({ layers: ['dossier-anchor', 'dossier-cluster'] });
					const dots = shown.map((id: string) => {
						// A place's own page shows it as its own dot, whatever its neighbours; the overview may gather it into a cluster.
						const own = drawn.find((f: any) => f.properties.key === id);
						const dot = own ?? (shown.length > 1 ? drawn.find((f: any) => String(f.properties.keys).includes(`,${id},`)) : undefined);
						if (!dot) return { id };
						const at = map.project(dot.geometry.coordinates);
						return { id, x: box.left + at.x, y: box.top + at.y, label: String(dot.properties.names ?? dot.properties.name) };
					});
					const controls = [...document.querySelectorAll('.maplibregl-ctrl')].map((control) => ({ name: control.className, ...control.getBoundingClientRect().toJSON() }));
					return { dots, controls };
				}, shown);
				const overlaps = dots.map(({ id, x, y, label }) => {
					if (x === undefined || y === undefined || label === undefined) return `${id}: no dot drawn`;
					// The dot and its label to its right (13 px bold, wrapped at 12 ems): two lines, which sit lower
					// than the dot's centre (the second, native line is drawn smaller), from 20 px above it to 26 below.
					const width = Math.min(12, textWidthEm(label, true)) * 13 + 14;
					const spot = { left: x - 10, right: x + width, top: y - 20, bottom: y + 26 };
					const hits = controls.filter((r) => r.width > 0 && r.left < spot.right && spot.left < r.right && r.top < spot.bottom && spot.top < r.bottom);
					return hits.length ? `${id}: under ${hits.map((control) => control.name).join('; ')}` : '';
				});
				expect(overlaps.filter(Boolean), `${size} ${path}`).toEqual([]);
				const toggle = page.locator('[data-testid=basemap-control] button');
				expect(await toggle.evaluate((button) => button.scrollWidth <= button.clientWidth), `${size}: the basemap button's words fit in it`).toBe(true);
				await browser.done(watched);
			}
		});
	}

	test('streets, then satellite, then back and forward: the dossier stays drawn and clickable, the URL and attribution follow, only the chosen hosts are asked', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		const origins = await answerBasemaps(page);
		await mapIdle(page);
		const camera = await page.evaluate(() => location.hash);

		await choose(page, 'streets');
		await page.waitForURL(/\?basemap=streets/);
		await expect.poll(() => mapHas(page, 'streets-background')).toBe(true);
		await mapIdle(page);
		expect([...origins].sort()).toEqual([origin(), STREETS].sort());
		expect(await attribution(page)).toContain('OpenFreeMap');
		expect(await renderedKeys(page)).toEqual([...places.map((place) => place.id), 'transfer'].sort());
		expect(await renderedKeys(page, ['dossier-label', 'dossier-cluster-label'])).toContain('damascus');
		expect(await page.evaluate(() => location.hash)).toBe(camera);
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Basemap: Streets' }).count()).toBe(1);

		await choose(page, 'satellite');
		await page.waitForURL(/\?basemap=satellite/);
		await expect.poll(() => mapHas(page, 'imagery')).toBe(true);
		await mapIdle(page);
		expect([...origins].sort()).toEqual([origin(), STREETS, SATELLITE].sort());
		expect(await attribution(page)).toContain('EOX');
		expect(await renderedKeys(page, ['dossier-fill'])).toContain('damascus');
		expect(await renderedKeys(page, ['dossier-label', 'dossier-cluster-label'])).toContain('damascus');

		await page.goBack();
		await page.waitForURL(/\?basemap=streets/);
		await expect.poll(() => mapHas(page, 'streets-background')).toBe(true);
		expect(await (await openChoice(page)).getByRole('radio', { name: /^Streets/ }).isChecked()).toBe(true);
		await page.goBack();
		await expect.poll(() => mapHas(page, 'land')).toBe(true);
		expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
		await page.goForward();
		await expect.poll(() => mapHas(page, 'streets-background')).toBe(true);

		// A footprint is still a link to its place, and the link keeps the basemap.
		await mapIdle(page);
		// (Moscow's: the Syrian places lie close together at the overview's scale.)
		const moscow = places.find((place) => place.id === 'city-of-capitals')!;
		const { x, y } = await pixelOf(page, moscow.anchor);
		await page.mouse.click(x, y);
		await page.waitForURL(/\/place\/city-of-capitals\?basemap=streets/);
		await expect.poll(() => page.locator('h1').innerText()).toContain(moscow.name);
		expect(await mapHas(page, 'streets-background')).toBe(true);
		expect(watched.errors).toEqual([]);
		await page.context().close();
	});

	test('a link with ?basemap= restores it on a cold load, hidden layers and all', async () => {
		const watched = await browser.open('/place/latakia-airbase?basemap=satellite&layers=latakia-airbase,tartus-naval-facility', { before: (page) => answerBasemaps(page).then(() => {}) });
		const { page } = watched;
		await expect.poll(() => mapHas(page, 'imagery')).toBe(true);
		await mapIdle(page);
		expect(await (await openChoice(page)).getByRole('radio', { name: /^Satellite/ }).isChecked()).toBe(true);
		expect(await renderedKeys(page, ['dossier-fill'])).toContain('latakia-airbase');
		expect(await renderedKeys(page, ['dossier-fill'])).not.toContain('damascus');
		expect(watched.outside.every((url) => url.startsWith(SATELLITE))).toBe(true);
		expect(watched.errors).toEqual([]);
		await page.context().close();
	});

	for (const [id, host] of [
		['streets', STREETS],
		['satellite', SATELLITE]
	] as const) {
		test(`when ${id} cannot be reached, the map says so and returns to the offline map, keeping layers, selection, camera and URL`, async () => {
			const watched = await browser.open('/place/tartus-naval-facility?layers=tartus-naval-facility', { before: (page) => answerBasemaps(page, { refuse: host }).then(() => {}) });
			const { page } = watched;
			await mapIdle(page);
			const camera = await page.evaluate(() => location.hash);
			// Clicked, not checked: the choice falls back to the offline map at once.
			await (await openChoice(page)).locator(`input[value="${id}"]`).click();
			await expect.poll(() => page.getByTestId('basemap-problem').innerText()).toContain(`could not be loaded from ${new URL(host).host}`);
			await expect.poll(() => mapHas(page, 'land')).toBe(true);
			await mapIdle(page);
			expect(new URL(page.url()).searchParams.get('basemap')).toBe(id);
			expect(new URL(page.url()).searchParams.get('layers')).toBe('tartus-naval-facility');
			expect(await page.evaluate(() => location.hash)).toBe(camera);
			expect(await renderedKeys(page, ['dossier-fill'])).toEqual(['tartus-naval-facility']);
			expect(await (await openChoice(page)).getByRole('radio', { name: /^Map/ }).isChecked()).toBe(true);
			const selected = await page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier', id: 'tartus-naval-facility' }).selected);
			expect(selected).toBe(true);
			// Chromium reports the refused request itself; the page throws nothing.
			expect(watched.errors.filter((error) => !/ERR_CONNECTION_REFUSED|Failed to fetch|Failed to load resource/.test(error))).toEqual([]);
			await page.context().close();
		});
	}

	test('screenshots of every place in every basemap', async () => {
		for (const place of places) {
			for (const id of ['map', 'streets', 'satellite']) {
				const query = id === 'map' ? '' : `?basemap=${id}`;
				const watched = await browser.open(`/place/${place.id}${query}`, { before: (page) => answerBasemaps(page).then(() => {}) });
				await mapIdle(watched.page);
				expect(await renderedKeys(watched.page, ['dossier-fill', 'dossier-anchor'])).toContain(place.id);
				await screenshot(watched.page, `basemap-${id}-${place.id}`);
				await watched.page.context().close();
			}
		}
	}, 180_000);
});
