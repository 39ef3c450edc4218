import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startBrowser } from './browser';

export const baseUrl = () => inject('baseUrl');

/** A place of the build under test, as its export (`dossier.geojson`) has it. */
export interface BuiltPlace {
	id: string;
	name: string;
	/** Its layer's colour, as the map draws it. */
	color: string;
	anchor: [number, number];
	excerptCount: number;
}

/** The places of the build under test (not its arcs), read from its export. */
export function builtPlaces(build = 'build'): BuiltPlace[] {
	const exported: { features: { properties: BuiltPlace & { anchor?: [number, number] } }[] } = JSON.parse(readFileSync(`${build}/dossier.geojson`, 'utf8'));
	return exported.features.map((feature) => feature.properties).filter((place) => place.anchor);
}

/** What a page did that a user would call broken: errors, and requests that left the origin. */
export interface Watched {
	page: Page;
	errors: string[];
	outside: string[];
}

/**
 * One Chromium for a test file. `open` loads a path and watches the page; `done` asserts that
 * nothing went wrong on it: no uncaught error, no console error, no request outside the origin.
 */
export function browserSession() {
	let session: Awaited<ReturnType<typeof startBrowser>> | undefined;
	return {
		async start() {
			session = await startBrowser();
		},
		async stop() {
			await session?.close();
		},
		async open(path: string, options: BrowserContextOptions & { init?: () => void; before?: (page: Page) => Promise<void> } = {}): Promise<Watched> {
			const { init, before, ...contextOptions } = options;
			const page = await session!.newPage(contextOptions);
			const watched: Watched = { page, errors: [], outside: [] };
			const origin = new URL(baseUrl()).origin;
			page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') watched.errors.push(`console: ${message.text()}`);
			});
			page.on('request', (request) => {
				const url = request.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.outside.push(url);
			});
			if (init) await page.addInitScript(init);
			if (before) await before(page);
			await page.goto(`${baseUrl()}${path}`);
			// Act as a user who waits for the page to be ready: the text reads at once, the controls work once
			// hydrated (without script there is nothing to wait for).
			if (contextOptions.javaScriptEnabled !== false) await page.waitForSelector('[data-hydrated]', { timeout: 30_000 });
			return watched;
		},
		/** A page at any address (a variant build on its own server), not watched. */
		async newPageAt(url: string, options?: BrowserContextOptions): Promise<Page> {
			const page = await session!.newPage(options);
			await page.goto(url);
			return page;
		},
		async done({ page, errors, outside }: Watched, { allowErrors = [] as RegExp[] } = {}) {
			expect(errors.filter((error) => !allowErrors.some((allowed) => allowed.test(error)))).toEqual([]);
			expect(outside).toEqual([]);
			await page.context().close();
		}
	};
}

/** Waits until MapLibre is idle with the dossier's layers drawn (polls: `idle` may come before we listen). */
export async function mapIdle(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const element = document.querySelector('[data-testid=map]') as (HTMLElement & { __map?: any }) | null;
			return element?.dataset.mapIdle === 'true' && element.__map?.getLayer('dossier-fill') && element.__map.loaded();
		},
		null,
		{ timeout: 30_000, polling: 100 }
	);
}

/** Keys (place ids, arc layer ids) of the dossier features MapLibre has drawn in the viewport; a cluster draws each place it holds. */
export async function renderedKeys(page: Page, layers = ['dossier-fill', 'dossier-anchor', 'dossier-cluster', 'dossier-arc']): Promise<string[]> {
	return page.evaluate((layers) => {
		const map = (document.querySelector('[data-testid=map]') as any).__map;
		const keys = map
			.queryRenderedFeatures({ layers })
			.flatMap((feature: any) => (feature.properties.cluster ? feature.properties.keys.split(',').filter(Boolean) : [feature.properties.key as string]));
		return [...new Set<string>(keys)].sort();
	}, layers);
}

/** The pixel, relative to the page, where a longitude/latitude sits on the map. */
export async function pixelOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
	return page.evaluate((lonLat) => {
		const element = document.querySelector('[data-testid=map]') as any;
		const point = element.__map.project(lonLat);
		const box = element.getBoundingClientRect();
		return { x: box.left + point.x, y: box.top + point.y };
	}, lonLat);
}

/**
 * The colour MapLibre drew at a longitude/latitude (`dx`, `dy` pixels away), as `#rrggbb`: read from the drawing buffer in
 * the frame's own `render` event, before the browser may clear it (MapLibre does not preserve it).
 */
export async function drawnColour(page: Page, lonLat: [number, number], [dx, dy] = [0, 0]): Promise<string> {
	return page.evaluate(
		([lonLat, dx, dy]) =>
			new Promise<string>((resolve) => {
				const map = (document.querySelector('[data-testid=map]') as any).__map;
				map.once('render', () => {
					const canvas = map.getCanvas();
					const gl = map.painter.context.gl as WebGLRenderingContext;
					const ratio = canvas.width / canvas.clientWidth;
					const point = map.project(lonLat);
					const [x, y] = [point.x + dx, point.y + dy];
					const pixel = new Uint8Array(4);
					gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
					resolve(`#${[...pixel.slice(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
				});
				map.triggerRepaint();
			}),
		[lonLat, dx, dy] as const
	);
}

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync('test-results/screenshots', { recursive: true });
	await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Asserts that each `[longitude, latitude]` is drawn inside the map's canvas. */
export async function expectInsideMap(page: Page, points: Record<string, [number, number]>): Promise<void> {
	const canvas = (await page.locator('[data-testid=map] canvas').boundingBox())!;
	for (const [name, lonLat] of Object.entries(points)) {
		const { x, y } = await pixelOf(page, lonLat);
		expect(x, name).toBeGreaterThan(canvas.x);
		expect(x, name).toBeLessThan(canvas.x + canvas.width);
		expect(y, name).toBeGreaterThan(canvas.y);
		expect(y, name).toBeLessThan(canvas.y + canvas.height);
	}
}

/**
 * Builds the site into test-results/builds/<name> with extra environment (another dossier, a
 * sub-path): a test build, with the map's test hook, unless `env` sets MAP_TEST_HOOK to ''.
 */
export function buildVariant(name: string, env: Record<string, string>): string {
	const out = `test-results/builds/${name}`;
	rmSync(out, { recursive: true, force: true });
	const run = spawnSync('node_modules/.bin/vite', ['build'], { env: { ...process.env, MAP_TEST_HOOK: '1', ...env, BUILD_DIR: out }, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`build ${name} failed:\n${run.stdout}\n${run.stderr}`);
	return out;
}

/** What axe-core finds wrong on the page as it is now, one line per rule: `rule: selector, …`. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
	return page.evaluate(async () => {
		const result = await (window as any).axe.run(document);
		return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
	});
}
