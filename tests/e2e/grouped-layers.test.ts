import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { axeViolations, browserSession, buildVariant, renderedKeys } from './harness';

// A dossier whose layer "City gates" holds two places (North Gate, South Gate), and "Harbour" and
// "Quay" one each, both at one spot: authors group places in layers as a matter of course, and
// every place must still be in the index and reachable on the map.
const browser = browserSession();
let site: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
	await browser.start();
	site = await serveStatic({ root: buildVariant('grouped', { DOSSIER_DIR: 'tests/fixtures/dossiers/grouped' }) });
}, 180_000);
afterAll(async () => {
	await site?.close();
	await browser.stop();
});

const featureState = (page: import('playwright-core').Page, key: string) =>
	page.evaluate((key) => (document.querySelector('[data-testid=map]') as any).__map.getFeatureState({ source: 'dossier', id: key }), key);
const mapReady = (page: import('playwright-core').Page) => page.waitForSelector('[data-testid=map][data-map-idle=true]', { timeout: 30_000 });

describe('a layer of several places', () => {
	test('the overview’s index links every place, in its HTML, before any script', async () => {
		const html = await (await fetch(`${site.url}/`)).text();
		for (const id of ['north-gate', 'south-gate', 'harbour', 'quay']) expect(html, id).toMatch(new RegExp(`<nav[\\s\\S]*href="/place/${id}"[\\s\\S]*</nav>`));
	});

	test('pointing at a place of the layer lights that place on the map; at the layer, all of its places', async () => {
		const page = await browser.newPageAt(`${site.url}/`);
		await mapReady(page);
		await page.locator('nav .members li', { has: page.locator('a[href$="/place/south-gate"]') }).hover();
		await expect.poll(async () => (await featureState(page, 'south-gate')).hover).toBe(true);
		expect((await featureState(page, 'north-gate')).hover).toBeFalsy();
		await page.locator('nav li:not(.members)', { has: page.getByRole('checkbox', { name: /City gates/ }) }).hover();
		await expect.poll(async () => (await featureState(page, 'north-gate')).hover).toBe(true);
		expect((await featureState(page, 'south-gate')).hover).toBe(true);
		await page.context().close();
	});

	test('unticking the layer takes both of its places off the map and puts the layer in the URL', async () => {
		const page = await browser.newPageAt(`${site.url}/`);
		await mapReady(page);
		await expect.poll(() => renderedKeys(page)).toEqual(['harbour', 'north-gate', 'quay', 'south-gate']);
		await page.getByRole('checkbox', { name: /City gates/ }).uncheck();
		await page.waitForURL(/layers=harbour/);
		await expect.poll(() => renderedKeys(page)).toEqual(['harbour', 'quay']);
		await page.context().close();
	});

	test('on a place’s page the folded index, opened, lists the places of the layer and marks the current one', async () => {
		const page = await browser.newPageAt(`${site.url}/place/north-gate`);
		await page.waitForSelector('[data-hydrated]');
		await page.getByText('All places and map layers').click();
		const link = page.locator('nav a[href$="/place/north-gate"]');
		await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
		expect(await page.locator('nav a[href$="/place/south-gate"]').count()).toBe(1);
		await page.locator('nav a[href$="/place/south-gate"]').click();
		await page.waitForURL(/\/place\/south-gate/);
		expect(await page.locator('h1').innerText()).toBe('South Gate');
		await page.context().close();
	});

	test('two places at one spot, which no zoom parts, are one numbered dot that offers both to choose from', async () => {
		// Zoomed in on the harbour, where the gates are apart from it and the two places are one cluster.
		const page = await browser.newPageAt(`${site.url}/#map=12/50/10.05`);
		await mapReady(page);
		const spot = await page.evaluate(() => {
			const map = (document.querySelector('[data-testid=map]') as any).__map;
			const { x, y } = map.project([10.05, 50.0]);
			const box = map.getContainer().getBoundingClientRect();
			return { x: box.left + x, y: box.top + y };
		});
		await page.mouse.click(spot.x, spot.y);
		const status = page.getByTestId('map-status');
		await expect.poll(() => status.innerText()).toMatch(/^2 places at the same spot: (Harbour and Quay|Quay and Harbour)\./);
		expect(await status.getByRole('button').allInnerTexts()).toEqual(expect.arrayContaining(['Harbour', 'Quay']));
		await status.getByRole('button', { name: 'Quay' }).click();
		await page.waitForURL(/\/place\/quay/);
		expect(await page.locator('h1').innerText()).toBe('Quay');
		await page.context().close();
	});

	test('axe finds no violations in the index with a layer’s places listed beneath it', async () => {
		const page = await browser.newPageAt(`${site.url}/`);
		await mapReady(page);
		const violations = await axeViolations(page);
		expect(violations, violations.join('; ')).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/grouped-overview.png' });
		await page.context().close();
	});
});
