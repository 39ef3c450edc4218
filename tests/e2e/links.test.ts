import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, browserSession, builtPlaces } from './harness';

const places = builtPlaces();
const sources = Object.keys(JSON.parse(readFileSync('build/data/index.json', 'utf8')).refs.sources as Record<string, unknown>);
const LAYERS = 'damascus,sednaya-prison';
// The offline basemap named outright: a view parameter like any other, and no request leaves the origin.
const BASEMAP = 'map';

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

/** The app's own page links on the page (not downloads, data files or links to elsewhere). */
async function pageLinks(page: import('playwright-core').Page): Promise<string[]> {
	const origin = new URL(baseUrl()).origin;
	const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	return hrefs.filter((href) => href.startsWith(origin) && !/\.(geojson|json|svg|png)(\?|#|$)/.test(new URL(href).pathname));
}

const routes = ['/', ...places.map((place) => `/place/${place.id}`), ...sources.map((id) => `/source/${id}`), '/place/atlantis'];
for (const route of routes) {
	test(`every internal link on ${route} keeps ?layers= and ?basemap=`, async () => {
		const watched = await browser.open(`${route}?layers=${LAYERS}&basemap=${BASEMAP}`);
		const { page } = watched;
		// Find's results are links too: search for something every dossier page can find.
		await page.locator('#find-input').fill('Damascus');
		await expect.poll(() => page.locator('#find-results a').count()).toBeGreaterThan(0);
		// The 404 page fills its list as it loads: wait for it.
		await expect.poll(() => page.locator('main a[href*="/place/"]').count()).toBeGreaterThan(0);
		const links = await pageLinks(page);
		expect(links.length).toBeGreaterThan(3);
		const dropped = links.filter((href) => new URL(href).searchParams.get('layers') !== LAYERS || new URL(href).searchParams.get('basemap') !== BASEMAP);
		expect(dropped).toEqual([]);
		await browser.done(watched, { allowErrors: route === '/place/atlantis' ? [/status of 404/] : [] });
	});
}

test('without JavaScript an unknown place is a whole 404 page: its heading, what went wrong, every place and a way home', async () => {
	const watched = await browser.open('/place/atlantis', { javaScriptEnabled: false });
	const { page } = watched;
	expect(await page.locator('h1').textContent()).toBe('Not found');
	expect(await page.getByText('There is nothing at this address').count()).toBe(1);
	for (const place of places) expect(await page.locator(`main header a[href$="/place/${place.id}"]`).textContent()).toBe(place.name);
	expect(await page.locator('main a', { hasText: 'All places' }).count()).toBeGreaterThan(0);
	await browser.done(watched, { allowErrors: [/status of 404/] });
});
