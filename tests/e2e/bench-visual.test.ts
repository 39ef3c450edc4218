import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FILMSTRIP, visualProgress } from '../../scripts/bench/visual.mjs';
import { baseUrl } from './harness';
import { startBrowser } from './browser';

let session: Awaited<ReturnType<typeof startBrowser>>;
beforeAll(async () => (session = await startBrowser()));
afterAll(() => session?.close());

// A page that paints white, then grey, then red over the whole window, and notes when it did.
const CHANGING_PAGE = `<!doctype html><html><head><title>filmstrip</title></head>
<body style="margin:0"><div id="block" style="width:100vw;height:100vh;background:#fff"></div>
<script>
	window.changes = [];
	const paint = (colour) => { block.style.background = colour; window.changes.push(performance.now()); };
	setTimeout(() => paint('#888'), 300);
	setTimeout(() => paint('#c00'), 700);
</script></body></html>`;

describe('the bench measures what the reader sees (scripts/bench/visual.mjs)', () => {
	test('visually complete is when the screen last changed, timed from navigation start', async () => {
		const page = await session.newPage();
		const url = `${baseUrl()}/__filmstrip-test.html`;
		await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: CHANGING_PAGE }));
		const browser = page.context().browser()!;
		await browser.startTracing(page, FILMSTRIP);
		// The trace starts well before the page: its times must count from the navigation, not from there.
		await page.waitForTimeout(500);
		await page.goto(url);
		await page.waitForFunction(() => (window as unknown as { changes: number[] }).changes.length === 2);
		await page.waitForTimeout(800);
		const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
		const lastChange = (await page.evaluate(() => (window as unknown as { changes: number[] }).changes))[1]!;
		const { completeMs, speedIndex } = await visualProgress(events);
		// Not at the grey step (about 400 ms earlier), but at the red one, once it was on screen.
		expect(completeMs).toBeGreaterThanOrEqual(lastChange);
		expect(completeMs).toBeLessThan(lastChange + 250);
		// The speed index weighs the time spent away from the final look: white, then grey.
		expect(speedIndex).toBeGreaterThan(300);
		expect(speedIndex).toBeLessThanOrEqual(completeMs + 1); // speedline floors completeMs
		await page.context().close();
	});

	test('map visible is the first frame whose map area looks like the final map: not a flat area, not a notice over it', async () => {
		// A map box: flat blue, then a white notice over it, then the "map" (a pattern) at 700 ms.
		const MAP_PAGE = `<!doctype html><html><head><title>map</title></head>
<body style="margin:0"><div id="panel" style="position:absolute;left:0;top:0;width:400px;height:100vh;background:#fff"></div>
<div id="map" style="position:absolute;left:400px;top:0;right:0;bottom:0;background:#cfe0ea"></div>
<script>
	window.changes = [];
	setTimeout(() => { map.innerHTML = '<p style="position:absolute;left:16px;bottom:16px;margin:0;padding:12px;background:#fff;border:1px solid #999">Loading the map…</p>'; changes.push(performance.now()); }, 300);
	setTimeout(() => { map.innerHTML = ''; map.style.background = 'repeating-linear-gradient(45deg, #f2efe9 0 40px, #a9c8dc 40px 80px, #d98a3a 80px 90px)'; changes.push(performance.now()); }, 700);
</script></body></html>`;
		const page = await session.newPage();
		const url = `${baseUrl()}/__filmstrip-map-test.html`;
		await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: MAP_PAGE }));
		const browser = page.context().browser()!;
		await browser.startTracing(page, FILMSTRIP);
		await page.goto(url);
		await page.waitForFunction(() => (window as unknown as { changes: number[] }).changes.length === 2);
		await page.waitForTimeout(600);
		const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
		const drawn = (await page.evaluate(() => (window as unknown as { changes: number[] }).changes))[1]!;
		const { mapVisibleMs } = await visualProgress(events, { box: { l: 400, t: 0, w: 880, h: 800 }, viewport: { width: 1280 } });
		expect(mapVisibleMs).toBeGreaterThanOrEqual(drawn);
		expect(mapVisibleMs).toBeLessThan(drawn + 250);
		await page.context().close();
	});

	test('a trace without the page\'s navigation has no time origin, and says so', async () => {
		const started = { name: 'TracingStartedInBrowser', cat: 'disabled-by-default-devtools.timeline', args: {}, pid: 1, tid: 1, ts: 1, dur: 0, ph: 'I' };
		await expect(visualProgress([started])).rejects.toThrow(/no navigationStart/);
	});
});
