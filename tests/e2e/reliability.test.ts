import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasMapTestHook } from '../../scripts/map-test-hook.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { baseUrl, browserSession, buildVariant, mapIdle, renderedKeys } from './harness';

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

const ROUTES = ['/', '/place/sednaya-prison', '/source/russia-confirms-assad-moscow', '/place/atlantis', '/no/such/page'];
const HOSTILE = [
	'?layers=',
	'?layers=%00%ff',
	'?layers=' + 'a,'.repeat(3000),
	'?layers=%E0%A4%A',
	'?layers=<script>alert(1)</script>',
	'?layers=damascus&layers=transfer',
	'?layers=__proto__,constructor',
	'?basemap=<script>alert(1)</script>',
	'?basemap=__proto__',
	'#map=NaN/NaN/NaN',
	'#map=Infinity/0/0',
	'#map=1e309/1e309/1e309',
	'#map=5/91/181',
	'#map=-3/0/0',
	'#map=30/0/0',
	'#map=5/0/0/720/120',
	'#map=' + '9'.repeat(10_000),
	'#map=%zz',
	'#%E0%A4%A',
	'#<img src=x onerror=alert(1)>',
	'#map=3/30/40&map=<script>',
	'#javascript:alert(1)',
	'?%3Cscript%3E=1#line-8',
	'?q=' + 'x'.repeat(10_000)
];

describe('hostile URLs', () => {
	for (const route of ROUTES) {
		test(`${HOSTILE.length} hostile query strings and fragments on ${route}: no error, no dialog, never a blank page`, async () => {
			const watched = await browser.open('/');
			const { page } = watched;
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			for (const hostile of HOSTILE) {
				// From another path each time, so every URL is a full load, not a same-document jump.
				await page.goto('about:blank');
				await page.goto(`${baseUrl()}${route}${hostile}`);
				await expect.poll(() => page.locator('h1').count(), { message: `${route}${hostile}` }).toBe(1);
				expect((await page.locator('h1').innerText()).trim(), `${route}${hostile}`).not.toBe('');
				await page.waitForSelector('[data-testid=map][data-map-state=ready]', { timeout: 30_000 });
			}
			expect(dialogs).toEqual([]);
			await browser.done(watched, { allowErrors: [/status of 404/] });
		}, 180_000);
	}
});

describe('hostile data', () => {
	let site: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		site = await serveStatic({ root: buildVariant('hostile', { DOSSIER_DIR: 'tests/fixtures/dossiers/hostile' }) });
	}, 120_000);
	afterAll(() => site?.close());

	for (const path of ['/', '/place/old-fort', '/source/raid']) {
		test(`markup in every text field of the dossier shows literally and never runs, on ${path}`, async () => {
			const page = await browser.newPageAt(`${site.url}${path}`);
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await page.waitForSelector('[data-testid=map][data-map-idle=true]', { timeout: 30_000 });
			const pwned = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);
			expect(pwned).toBeUndefined();
			expect(dialogs).toEqual([]);
			expect(await page.locator('main img, main svg, main script').count()).toBe(0);
			const text = await page.locator('main').innerText();
			if (path === '/source/raid') expect(text).toContain(`<img src=x onerror="window.__pwned='img'">`);
			expect(text).toContain('<img src=x onerror="window.__pwned=\'name\'">');
			if (path === '/') expect(await page.title()).toContain("<script>window.__pwned='title'</script>");
			// The map draws the same names as text labels (glyphs), not as markup.
			expect(await renderedKeys(page)).toContain('old-fort');
			await page.context().close();
		});
	}
});

describe('any dossier by data alone', () => {
	test('the fixture dossier, built from its geodata only, has its routes, legend, search and export', async () => {
		// Built by the "hostile data" block above from tests/fixtures/dossiers/hostile, no code changed.
		const site = await serveStatic({ root: 'test-results/builds/hostile' });
		const page = await browser.newPageAt(`${site.url}/`);
		await page.waitForSelector('[data-testid=map][data-map-idle=true]', { timeout: 30_000 });
		expect(await page.getByRole('checkbox', { name: /^Show Old Fort/ }).isChecked()).toBe(true);
		expect(await page.locator('nav a[href$="/place/old-fort"]').count()).toBe(1);
		await page.getByRole('combobox', { name: 'Find' }).fill('Alte Festung');
		await expect.poll(() => page.getByRole('option').first().innerText()).toContain('Old Fort');
		const exported = await (await page.request.get(`${site.url}/dossier.geojson`)).json();
		expect(exported.features.map((feature: { id: string }) => feature.id)).toEqual(['old-fort', 'flight']);
		await page.context().close();
		await site.close();
	});
});

describe('strict Content Security Policy', () => {
	test('the policy allows no inline or eval script, and the map renders with no violation', async () => {
		const html = readFileSync('build/index.html', 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
		expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).toContain("worker-src 'self'");
		expect(policy).toContain("connect-src 'self'");

		const watched = await browser.open('/place/sednaya-prison', {
			init: () => {
				const seen: string[] = [];
				(window as unknown as { __violations: string[] }).__violations = seen;
				document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
			}
		});
		const { page } = watched;
		await mapIdle(page);
		expect(await renderedKeys(page, ['dossier-fill'])).toContain('sednaya-prison');
		expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		// And the policy is enforced: an injected inline script does not run.
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__inline = true';
			document.body.append(script);
			return (window as unknown as { __inline?: boolean }).__inline ?? false;
		});
		expect(ran).toBe(false);
		await browser.done(watched, { allowErrors: [/Content Security Policy/] });
	});
});

describe('WebGL context loss', () => {
	test('losing and restoring the context brings the map back; the panel stays', async () => {
		const watched = await browser.open('/place/damascus');
		const { page } = watched;
		await mapIdle(page);
		await page.evaluate(() => {
			const canvas = (document.querySelector('[data-testid=map]') as any).__map.getCanvas() as HTMLCanvasElement;
			const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
			const lose = gl.getExtension('WEBGL_lose_context')!;
			(window as any).__restore = () => lose.restoreContext();
			lose.loseContext();
		});
		await expect.poll(() => page.locator('[data-testid=map]').getAttribute('data-map-state')).toBe('context-lost');
		expect(await page.locator('.excerpts li').count()).toBeGreaterThan(0);
		await page.evaluate(() => (window as any).__restore());
		await expect.poll(() => page.locator('[data-testid=map]').getAttribute('data-map-state')).toBe('ready');
		await expect.poll(() => renderedKeys(page, ['dossier-fill']), { timeout: 20_000 }).toContain('damascus');
		await browser.done(watched, { allowErrors: [/WebGL|context/i] });
	});
});

describe('any static host', () => {
	const BASE = '/some/path';
	let site: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		// A production build (no test hook): what a deployer serves, and the one that must not expose the map.
		site = await serveStatic({ root: buildVariant('subpath', { BASE_PATH: BASE, MAP_TEST_HOOK: '' }), base: BASE });
	}, 120_000);
	afterAll(() => site?.close());

	test('a production build does not expose the map instance on its element; the test build does', () => {
		expect(hasMapTestHook('test-results/builds/subpath')).toBe(false);
		expect(hasMapTestHook('build')).toBe(true);
	});

	test('a build for a sub-path works cold from a plain static server: deep link, assets, basemap, glyphs', async () => {
		const page = await browser.newPageAt(`${site.url}/place/sednaya-prison`);
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.reload();
		await page.waitForSelector('[data-testid=map][data-map-idle=true]', { timeout: 30_000 });
		expect(await page.locator('h1').textContent()).toContain('Sednaya Prison');
		expect(failed).toEqual([]);
		expect(requested.every((path) => path.startsWith(`${BASE}/`))).toBe(true);
		expect(requested.some((path) => path.startsWith(`${BASE}/basemap/`))).toBe(true);
		expect(requested.some((path) => path.startsWith(`${BASE}/glyphs/`))).toBe(true);
		// A link in the panel stays under the sub-path (the index of places is folded on a place page).
		await page.getByText('All places and map layers').click();
		await page.locator('nav a[href*="/place/damascus"]').click();
		await page.waitForURL(`${site.url}/place/damascus`);
		await page.context().close();
	});

	test('an unknown path under the sub-path gets the 404 page listing the places', async () => {
		const page = await browser.newPageAt(`${site.url}/place/atlantis`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('Not found');
		expect(await page.locator(`main a[href="${BASE}/place/damascus"]`).count()).toBeGreaterThan(0);
		await page.context().close();
	});
});

describe('a deployer’s default online basemap', () => {
	// Another origin (another port) stands in for an online style host.
	let remote: Awaited<ReturnType<typeof serveStatic>>;
	let site: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		const root = 'test-results/remote-style';
		rmSync(root, { recursive: true, force: true });
		cpSync('static/glyphs', `${root}/glyphs`, { recursive: true });
		remote = await serveStatic({ root, cors: true });
		writeFileSync(
			`${root}/style.json`,
			JSON.stringify({
				version: 8,
				glyphs: `${remote.url}/glyphs/{fontstack}/{range}.pbf`,
				sources: {},
				layers: [{ id: 'remote-background', type: 'background', paint: { 'background-color': '#e8e0d0' } }]
			})
		);
		// A deployer's basemaps file that makes the remote style the default.
		const basemaps = `${root}/basemaps.json`;
		writeFileSync(
			basemaps,
			JSON.stringify({
				default: 'remote',
				basemaps: [{ id: 'remote', name: 'Remote', kind: 'style', url: `${remote.url}/style.json`, attribution: 'A test style', licence: 'none', maxzoom: 16 }]
			})
		);
		site = await serveStatic({ root: buildVariant('online-basemap', { BASEMAPS_FILE: basemaps }) });
	}, 120_000);
	afterAll(async () => {
		await site?.close();
		await remote?.close();
	});

	test('a basemaps file whose default is an online style draws the dossier over that style, allowed by the CSP', async () => {
		const page = await browser.newPageAt('about:blank');
		const errors: string[] = [];
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		const origins = new Set<string>();
		page.on('request', (request) => origins.add(new URL(request.url()).origin));
		await page.goto(`${site.url}/place/damascus`);
		await page.waitForSelector('[data-testid=map][data-map-idle=true]', { timeout: 30_000 });
		expect(await page.evaluate(() => Boolean((document.querySelector('[data-testid=map]') as any).__map.getLayer('remote-background')))).toBe(true);
		expect(await renderedKeys(page, ['dossier-fill'])).toContain('damascus');
		expect([...origins].sort()).toEqual([new URL(remote.url).origin, new URL(site.url).origin].sort());
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('nothing lost', () => {
	test('the build check fails, naming the page, when a built page lacks an excerpt', () => {
		const copy = 'test-results/builds/tampered';
		rmSync(copy, { recursive: true, force: true });
		cpSync('build', copy, { recursive: true });
		const file = `${copy}/place/tartus-naval-facility.html`;
		// Words of the quote as the page shows it (not only in the page's data): the check reads what a reader sees.
		const page = readFileSync(file, 'utf8');
		const tampered = page.replaceAll('are located there, our diplomatic mission', 'are there');
		expect(tampered).not.toBe(page);
		writeFileSync(file, tampered);
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/verify-build.ts', copy], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${copy}/place/tartus-naval-facility.html: excerpt "russia-confirms-assad-moscow/line-15" is not shown`);
		expect(spawnSync('node_modules/.bin/tsx', ['scripts/verify-build.ts', 'build'], { encoding: 'utf8' }).status).toBe(0);
	});
});
