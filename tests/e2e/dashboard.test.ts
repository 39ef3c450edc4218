import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DossierIndex } from '../../src/lib/data/views';
import { axeViolations, browserSession, builtPlaces, drawnColour, expectInsideMap, mapIdle, pixelOf, renderedKeys, screenshot } from './harness';

const places = builtPlaces();
const index: DossierIndex = JSON.parse(readFileSync('build/data/index.json', 'utf8'));
const PLACE_IDS = ['city-of-capitals', 'damascus', 'latakia-airbase', 'sednaya-prison', 'tartus-naval-facility'];
const placeOf = (id: string) => places.find((place) => place.id === id)!;

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

describe('the overview', () => {
	test('draws all five places and the transfer arc, each inside the visible map, none under the panel', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		await mapIdle(page);
		expect(await renderedKeys(page)).toEqual([...PLACE_IDS, 'transfer'].sort());

		const canvas = (await page.locator('[data-testid=map] canvas').boundingBox())!;
		const panel = (await page.locator('#panel').boundingBox())!;
		expect(canvas.x).toBeGreaterThanOrEqual(panel.x + panel.width - 1);
		await expectInsideMap(page, Object.fromEntries(PLACE_IDS.map((id) => [id, placeOf(id).anchor])));
		await screenshot(page, 'overview');
		await browser.done(watched);
	});

	test('shows each place legibly: its own dot in its colour with its label, or inside a numbered cluster that names it; a click opens the cluster', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		await mapIdle(page);
		const drawn = () =>
			page.evaluate(() => {
				const map = (document.querySelector('[data-testid=map]') as any).__map;
				const query = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((f: any) => ({ ...f.properties, at: f.geometry.coordinates }));
				return { dots: query('dossier-anchor'), labels: query('dossier-label'), clusters: query('dossier-cluster'), clusterLabels: query('dossier-cluster-label') };
			});
		const seen = await drawn();
		for (const id of PLACE_IDS) {
			const place = placeOf(id);
			const dot = seen.dots.find((dot: any) => dot.key === id);
			if (dot) {
				expect(await drawnColour(page, dot.at), `${id}'s dot`).toBe(place.color.toLowerCase());
				expect(seen.labels.map((label: any) => label.key), `${id}'s label`).toContain(id);
				continue;
			}
			const cluster = seen.clusters.find((cluster: any) => cluster.keys.includes(`,${id},`));
			expect(cluster, `${id}: neither its own dot nor in a cluster`).toBeDefined();
			// Beside the count written on its middle.
			expect(await drawnColour(page, cluster.at, [-8, 0]), `${id}'s cluster`).toBe(cluster.color.toLowerCase());
			const label = seen.clusterLabels.find((label: any) => label.cluster_id === cluster.cluster_id);
			expect(label?.names.split(', '), `${id}'s cluster label`).toContain(place.name);
		}
		// Today Damascus and Sednaya Prison lie 17 km apart, too close at this zoom: one cluster.
		const cluster = seen.clusters.find((cluster: any) => cluster.keys.includes(',damascus,'));
		expect(cluster?.point_count).toBe(2);
		// Pointing at a place in the list lights the cluster that holds it, and no other.
		const lit = () =>
			page.evaluate(
				(ids) => ids.map((id: number) => Boolean((document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier-anchors', id }).hover)),
				seen.clusters.map((other: any) => other.cluster_id)
			);
		await page.locator('nav li', { hasText: 'Sednaya Prison' }).first().hover();
		await expect.poll(lit).toEqual(seen.clusters.map((other: any) => other.cluster_id === cluster.cluster_id));
		// Clicked, it opens.
		const { x, y } = await pixelOf(page, cluster.at);
		await page.mouse.click(x, y);
		await expect.poll(() => page.getByTestId('map-status').innerText()).toContain('2 places close together');
		await expect.poll(async () => (await drawn()).dots.map((dot: any) => dot.key), { timeout: 15_000 }).toEqual(expect.arrayContaining(['damascus', 'sednaya-prison']));
		await mapIdle(page);
		const opened = await drawn();
		for (const id of ['damascus', 'sednaya-prison']) {
			expect(await drawnColour(page, opened.dots.find((dot: any) => dot.key === id).at), `${id}'s dot, opened`).toBe(placeOf(id).color.toLowerCase());
			expect(opened.labels.map((label: any) => label.key)).toContain(id);
		}
		expect(new URL(page.url()).pathname).toBe('/');
		await screenshot(page, 'overview-cluster-opened');
		await browser.done(watched);
	});

	test('lists every place as a real link with its excerpt count and a labelled layer toggle', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		for (const id of PLACE_IDS) {
			const place = placeOf(id);
			const link = page.locator(`nav a[href$="/place/${id}"]`);
			await expect.poll(() => link.textContent()).toContain(`${place.excerptCount} excerpt`);
			expect(await page.getByRole('checkbox', { name: `Show ${place.name}`, exact: true }).isChecked()).toBe(true);
		}
		await browser.done(watched);
	});
});

describe('clicking the map', () => {
	test('a click on a footprint pixel opens that place, and back returns', async () => {
		const sednaya = placeOf('sednaya-prison');
		// Close in, so the footprint is large and the click lands on its fill, away from the anchor.
		const watched = await browser.open(`/#map=14/${sednaya.anchor[1]}/${sednaya.anchor[0]}`);
		const { page } = watched;
		await mapIdle(page);
		const anchor = await pixelOf(page, sednaya.anchor);
		const target = { x: anchor.x - 60, y: anchor.y + 40 };
		const hit = await page.evaluate(({ x, y }) => {
			const element = document.querySelector('[data-testid=map]') as any;
			const box = element.getBoundingClientRect();
			return element.__map.queryRenderedFeatures([x - box.left, y - box.top], { layers: ['dossier-fill'] }).map((f: any) => f.properties.key);
		}, target);
		expect(hit).toEqual(['sednaya-prison']);

		await page.mouse.click(target.x, target.y);
		await page.waitForURL(/\/place\/sednaya-prison/);
		await expect.poll(() => page.locator('h1').textContent()).toContain('Sednaya Prison');
		await expect.poll(() => page.locator('.excerpts li').count()).toBe(sednaya.excerptCount);
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/');
		await browser.done(watched);
	});

	test('a click on empty map says nothing is there and names the nearest place', async () => {
		const watched = await browser.open('/#map=7/34.2/39.5');
		const { page } = watched;
		await mapIdle(page);
		const box = (await page.locator('[data-testid=map]').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => page.getByTestId('map-status').innerText()).toMatch(/^Nothing here\. The nearest place is .+, [\d,.]+ km away\.$/);
		expect(new URL(page.url()).pathname).toBe('/');
		await browser.done(watched);
	});
});

describe('layer toggles', () => {
	test('unticking a layer takes its features off the map and out of the URL; ticking brings them back', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		await mapIdle(page);
		await page.getByRole('checkbox', { name: 'Show Damascus', exact: true }).uncheck();
		await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe(
			index.layers.map((layer) => layer.id).filter((id) => id !== 'damascus').join(',')
		);
		await expect.poll(() => renderedKeys(page)).not.toContain('damascus');
		expect(await renderedKeys(page)).toContain('sednaya-prison');
		// No cluster counts the hidden place: Sednaya Prison, its neighbour, is its own dot again.
		await expect.poll(() => renderedKeys(page, ['dossier-anchor'])).toContain('sednaya-prison');
		const clustered = await page.evaluate(() =>
			(document.querySelector('[data-testid=map]') as any).__map.queryRenderedFeatures({ layers: ['dossier-cluster'] }).map((f: any) => f.properties.keys)
		);
		expect(clustered.join()).not.toContain(',damascus,');

		await page.getByRole('checkbox', { name: 'Show Damascus', exact: true }).check();
		await expect.poll(() => new URL(page.url()).searchParams.has('layers')).toBe(false);
		await expect.poll(() => renderedKeys(page)).toContain('damascus');
		await browser.done(watched);
	});

	test('a link with ?layers= opens with only those layers, and the place links keep it', async () => {
		const watched = await browser.open('/?layers=sednaya-prison,transfer');
		const { page } = watched;
		await mapIdle(page);
		await expect.poll(() => renderedKeys(page)).toEqual(['sednaya-prison', 'transfer']);
		expect(await page.getByRole('checkbox', { name: 'Show Damascus', exact: true }).isChecked()).toBe(false);
		await expect.poll(() => page.locator('nav a[href*="/place/damascus"]').getAttribute('href')).toMatch(/\?layers=sednaya-prison,transfer$/);
		await browser.done(watched);
	});
});

describe('deep links', () => {
	for (const id of PLACE_IDS) {
		test(`/place/${id} opens cold, framed on the place with its surroundings, panel open`, async () => {
			const place = placeOf(id);
			const watched = await browser.open(`/place/${id}`);
			const { page } = watched;
			await expect.poll(() => page.locator('h1').textContent()).toContain(place.name);
			await mapIdle(page);
			await expect.poll(() => renderedKeys(page, ['dossier-fill'])).toContain(id);
			const canvas = (await page.locator('[data-testid=map] canvas').boundingBox())!;
			// The footprint's bounding box on screen: inside the map, and a minority of it.
			const footprintBox = await page.evaluate(
				({ id }) => {
					const element = document.querySelector('[data-testid=map]') as any;
					const map = element.__map;
					const [feature] = map.querySourceFeatures('dossier', { filter: ['all', ['==', ['get', 'key'], id], ['==', ['get', 'role'], 'footprint']] });
					const ring: [number, number][] = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0] : feature.geometry.coordinates[0][0];
					const points = ring.map((position) => map.project(position));
					const box = element.getBoundingClientRect();
					const xs = points.map((p: any) => p.x + box.left);
					const ys = points.map((p: any) => p.y + box.top);
					return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
				},
				{ id }
			);
			expect(footprintBox.left).toBeGreaterThanOrEqual(canvas.x);
			expect(footprintBox.right).toBeLessThanOrEqual(canvas.x + canvas.width);
			expect(footprintBox.top).toBeGreaterThanOrEqual(canvas.y);
			expect(footprintBox.bottom).toBeLessThanOrEqual(canvas.y + canvas.height);
			expect((footprintBox.right - footprintBox.left) / canvas.width).toBeLessThan(0.5);
			expect((footprintBox.bottom - footprintBox.top) / canvas.height).toBeLessThan(0.5);
			// The selected place is marked on the map.
			const selected = await page.evaluate((id) => (document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier', id }).selected, id);
			expect(selected).toBe(true);
			await expect.poll(() => page.locator('.excerpts li').count()).toBe(place.excerptCount);
			// The panel scrolls, the page does not: nothing inside the panel stretches the document,
			// which would carry the map away with the text.
			const scroll = await page.evaluate(() => ({ page: document.documentElement.scrollHeight, viewport: innerHeight, panel: document.querySelector('.panel')!.scrollHeight }));
			expect(scroll.page).toBe(scroll.viewport);
			expect(scroll.panel).toBeGreaterThan(scroll.viewport);
			await screenshot(page, `place-${id}`);
			await browser.done(watched);
		});
	}

	test('a link with #map= restores that exact view', async () => {
		const watched = await browser.open('/place/damascus#map=9.5/33.7/36.4');
		const { page } = watched;
		await mapIdle(page);
		const camera = await page.evaluate(() => {
			const map = (document.querySelector('[data-testid=map]') as any).__map;
			return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng };
		});
		expect(camera.zoom).toBeCloseTo(9.5, 5);
		expect(camera.lat).toBeCloseTo(33.7, 5);
		expect(camera.lon).toBeCloseTo(36.4, 5);
		await browser.done(watched);
	});

	test('an unknown place is a real 404 page that lists the real places', async () => {
		const watched = await browser.open('/place/atlantis');
		const { page } = watched;
		const response = await page.request.get(page.url());
		expect(response.status()).toBe(404);
		await expect.poll(() => page.locator('h1').textContent()).toBe('Not found');
		for (const id of PLACE_IDS) await expect.poll(() => page.locator(`main a[href$="/place/${id}"]`).count()).toBeGreaterThan(0);
		// Chromium logs every document answered 404 as a console error: that one is expected.
		await browser.done(watched, { allowErrors: [/status of 404/] });
	});

	test('garbage in ?layers= and #map= falls back to the defaults', async () => {
		const watched = await browser.open('/?layers=%3Cscript%3E,nope#map=NaN/abc/1e309');
		const { page } = watched;
		await mapIdle(page);
		expect(await renderedKeys(page)).toEqual([...PLACE_IDS, 'transfer'].sort());
		await browser.done(watched);
	});
});

describe('the camera in the URL', () => {
	test('dragging the map updates #map=, and back/forward restore route and view', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		await mapIdle(page);
		await expect.poll(() => new URL(page.url()).hash).toMatch(/^#map=/);
		const before = new URL(page.url()).hash;
		const box = (await page.locator('[data-testid=map]').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 - 80, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => new URL(page.url()).hash).not.toBe(before);
		const dragged = new URL(page.url()).hash;
		expect(dragged).toMatch(/^#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/);

		await page.locator('nav a[href$="/place/tartus-naval-facility"]').click();
		await page.waitForURL(/\/place\/tartus-naval-facility/);
		await expect.poll(() => page.locator('h1').textContent()).toContain('Tartus');
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/');
		expect(new URL(page.url()).hash).toBe(dragged);
		const [, zoom, lat, lon] = /^#map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(dragged)!.map(Number) as number[];
		await expect
			.poll(() => page.evaluate(() => {
				const map = (document.querySelector('[data-testid=map]') as any).__map;
				return [map.getZoom(), map.getCenter().lat, map.getCenter().lng].map((value: number) => value.toFixed(1)).join('/');
			}))
			.toBe([zoom, lat, lon].map((value) => value!.toFixed(1)).join('/'));
		await page.goForward();
		await page.waitForURL(/\/place\/tartus-naval-facility/);
		await expect.poll(() => page.locator('h1').textContent()).toContain('Tartus');
		await browser.done(watched);
	});
});

describe('reduced motion', () => {
	test('with prefers-reduced-motion the camera jumps to a place instead of flying', async () => {
		const watched = await browser.open('/', { reducedMotion: 'reduce' });
		const { page } = watched;
		await mapIdle(page);
		await page.locator('nav a[href$="/place/city-of-capitals"]').click();
		await page.waitForURL(/\/place\/city-of-capitals/);
		// A jump lands at once: the first frame after the route change already shows the place.
		await expect.poll(() => page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.getZoom()), { timeout: 2000 }).toBeGreaterThan(10);
		expect(await page.evaluate(() => (document.querySelector('[data-testid=map]') as any).__map.isMoving())).toBe(false);
		await browser.done(watched);
	});
});

describe('keyboard and screen readers', () => {
	test('Tab alone reaches every place, Enter opens it and focus lands on its heading', async () => {
		const watched = await browser.open('/');
		const { page } = watched;
		const reached = new Set<string>();
		for (let i = 0; i < 60 && reached.size < PLACE_IDS.length; i++) {
			await page.keyboard.press('Tab');
			const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
			const match = /\/place\/([a-z-]+)/.exec(href);
			if (match) reached.add(match[1]!);
		}
		expect([...reached].sort()).toEqual(PLACE_IDS);
		// Focus is now on the last place reached: open it with Enter.
		const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === href.replace(/\?.*$/, ''));
		await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
		await browser.done(watched);
	});

	for (const path of ['/', '/place/sednaya-prison']) {
		test(`axe finds no violations on ${path}`, async () => {
			const watched = await browser.open(path);
			const { page } = watched;
			await mapIdle(page);
			const violations = await axeViolations(page);
			expect(violations, violations.join("; ")).toEqual([]);
			await browser.done(watched);
		});
	}
});

describe('without WebGL', () => {
	test('the map area says WebGL is unavailable and the excerpts still read', async () => {
		const watched = await browser.open('/place/sednaya-prison', {
			init: () => {
				const original = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
					if (/webgl/.test(type)) return null;
					return (original as any).call(this, type, ...rest);
				} as typeof original;
			}
		});
		const { page } = watched;
		await expect.poll(() => page.getByTestId('map-unavailable').textContent()).toContain('this browser has no WebGL');
		await expect.poll(() => page.locator('.excerpts li').count()).toBe(placeOf('sednaya-prison').excerptCount);
		await browser.done(watched);
	});
});

describe('text first', () => {
	test('a place page paints its excerpts before it asks for any of the app’s code, then hydrates and draws the map', async () => {
		const watched = await browser.open('/place/sednaya-prison', {
			init: () => {
				const seen = ((window as any).__firstPaint = { fcp: -1 });
				new PerformanceObserver((list) => {
					const entry = list.getEntriesByName('first-contentful-paint')[0];
					if (entry) seen.fcp = entry.startTime;
				}).observe({ type: 'paint', buffered: true });
			}
		});
		const { page } = watched;
		await mapIdle(page);
		const timing = await page.evaluate(() => ({
			fcp: (window as any).__firstPaint.fcp as number,
			firstScript: Math.min(
				...performance
					.getEntriesByType('resource')
					.filter((entry) => /\/_app\/.*\.m?js$/.test(new URL(entry.name).pathname))
					.map((entry) => entry.startTime)
			)
		}));
		expect(timing.fcp).toBeGreaterThan(0);
		expect(timing.firstScript).toBeGreaterThan(timing.fcp);
		// As served: no modulepreload links that would have the browser fetch code while it paints.
		expect(await (await page.request.get(page.url())).text()).not.toMatch(/<link[^>]*modulepreload/);
		await browser.done(watched);
	});

	test('without JavaScript a place page reads whole and offers no control that needs script', async () => {
		const watched = await browser.open('/place/sednaya-prison', { javaScriptEnabled: false });
		const { page } = watched;
		const place = JSON.parse(readFileSync('build/data/place/sednaya-prison.json', 'utf8'));
		await expect.poll(() => page.locator('[data-excerpt]').count()).toBe(place.excerpts.length);
		expect(await page.locator('[data-excerpt] blockquote').first().textContent()).toBe(place.excerpts[0].quote);
		expect(await page.getByRole('link', { name: 'Read in context' }).count()).toBe(place.excerpts.length);
		// Copying needs the clipboard API, Find needs script: no control that could not work, and no
		// room kept for one.
		expect(await page.getByRole('button', { name: /^Copy/ }).count()).toBe(0);
		expect(await page.getByRole('combobox').count()).toBe(0);
		expect(await page.locator('.find-slot').evaluate((slot) => slot.getBoundingClientRect().height)).toBe(0);
		expect(await page.locator('.map-area').textContent()).toContain('The map needs JavaScript');
		await browser.done(watched);

		// With script they arrive into room kept for them: nothing in the panel moves.
		const scripted = await browser.open('/place/sednaya-prison', {
			init: () => {
				const shifts = ((window as any).__shifts = [] as number[]);
				new PerformanceObserver((list) => {
					// The panel's shifts (MapLibre's own controls settle in the map area as it starts).
					for (const entry of list.getEntries() as any[]) {
						if (entry.sources.some((source: any) => source.node?.closest?.('#panel'))) shifts.push(entry.value);
					}
				}).observe({ type: 'layout-shift', buffered: true });
			}
		});
		await expect.poll(() => scripted.page.getByRole('button', { name: 'Copy citation' }).count()).toBe(place.excerpts.length);
		await expect.poll(() => scripted.page.getByRole('button', { name: 'Copy link' }).count()).toBe(1);
		await expect.poll(() => scripted.page.getByRole('combobox', { name: 'Find' }).count()).toBe(1);
		await mapIdle(scripted.page);
		expect(await scripted.page.evaluate(() => (window as any).__shifts)).toEqual([]);
		await browser.done(scripted);
	});
});

describe('the panel', () => {
	test('a place page leads with its excerpts: the index of places and the distances fold below them, and stay open once opened', async () => {
		const watched = await browser.open('/place/sednaya-prison');
		const { page } = watched;
		const toggle = page.getByRole('checkbox', { name: 'Show Damascus', exact: true });
		const distance = page.getByRole('link', { name: 'Damascus', exact: true });
		expect(await toggle.isVisible()).toBe(false);
		expect(await distance.isVisible()).toBe(false);
		// The first excerpt is above the fold, before anything folded.
		const first = (await page.locator('[data-excerpt]').first().boundingBox())!;
		expect(first.y).toBeLessThan(page.viewportSize()!.height);

		await page.getByText('Distances to the other places').click();
		expect(await distance.isVisible()).toBe(true);
		expect(await distance.evaluate((link) => link.parentElement!.textContent)).toMatch(/^Damascus: \d+(\.\d)? km$/);

		await page.getByText('All places and map layers').click();
		expect(await toggle.isVisible()).toBe(true);
		// Opened by the reader, the index stays open on the next place.
		await page.locator('nav a[href$="/place/damascus"]').click();
		await page.waitForURL((url) => url.pathname === '/place/damascus');
		await expect.poll(() => page.locator('#place-heading').textContent()).toContain('Damascus');
		expect(await page.getByRole('checkbox', { name: 'Show Sednaya Prison', exact: true }).isVisible()).toBe(true);

		// Back on the overview, the index leads.
		await page.getByRole('link', { name: 'All places', exact: true }).click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(await toggle.isVisible()).toBe(true);
		await browser.done(watched);

		const overview = await browser.open('/');
		expect(await overview.page.getByRole('checkbox', { name: 'Show Damascus', exact: true }).isVisible()).toBe(true);
		await browser.done(overview);
	});
});
