#!/usr/bin/env node
/**
 * The bytes each page of a built site loads for its basemap: every request under `/basemap/`
 * (the PMTiles archives, read with byte ranges) counted as the bytes of its range, measured in
 * headless Chromium on a cold cache, after the map is idle. Prints one line per page.
 *
 *   npm run build:test && node scripts/bench/basemap-bytes.mjs [build]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { requireMapTestHook } from '../map-test-hook.mjs';
import { serveStatic } from '../serve.mjs';
import { fetchedBytes } from './weight.mjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'build';
requireMapTestHook(root, 'this count');
const places = readdirSync(join(root, 'data/place')).map((file) => file.replace(/\.json$/, '')).sort();
const server = await serveStatic({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
	for (const path of ['/', ...places.map((id) => `/place/${id}`)]) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		const requests = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			requests.push({ path: url.pathname, range: request.headers().range });
		});
		await page.goto(`${server.url}${path}`);
		await page.waitForFunction(() => {
			const map = document.querySelector('[data-testid=map]');
			return map?.dataset.mapIdle === 'true' && map.__map?.loaded();
		}, null, { timeout: 60_000, polling: 100 });
		const { count, bytes } = fetchedBytes(root, requests, '/basemap/');
		console.log(`${path.padEnd(36)} ${String(count).padStart(3)} range requests ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
