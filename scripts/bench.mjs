#!/usr/bin/env node
/**
 * `npm run bench` — the performance benchmark (not part of `npm test`; it builds nothing itself).
 *
 * Serves a private copy of the production build (`build/`, or --build-dir) with scripts/serve.mjs,
 * plus the floor pages of bench/floors/ under /__floor/, and drives headless Chromium: a warm-up,
 * then app and floor alternately, run by run (A B A B …), each in a fresh browser context (cold
 * cache), so machine noise hits both alike. Reports medians of pairwise app ÷ floor ratios with a
 * 95 % interval for each median (distribution-free, from the binomial law) and their spread;
 * weight, interaction and panning figures; Lighthouse (desktop preset) scores. Writes
 * bench/results/latest.json and prints a table.
 *
 * Options:
 *   --pairs N          pairs for map idle (default 25: with 15, the place page's median moved by
 *                      ±0.06 between runs of the same build, its 95 % interval about ±0.1 wide)
 *   --visual-pairs N   pairs for map visually complete (default 8 a page: each run records a
 *                      filmstrip, which slows it; the figure checks map idle, it has no budget)
 *   --text-pairs N     pairs for text visible (default 31: runs of ~0.1 s, measured in a phase of
 *                      their own before any map is drawn)
 *   --pan-pairs N      pairs for the panning frame times (default 15: with 7 the p95 ratio swung from 1.06 to 1.60)
 *   --clicks N         click → panel runs (default 5)
 *   --lighthouse-runs N  Lighthouse runs per page, median taken (default 5: three swung by ±0.05;
 *                      0 skips Lighthouse)
 *   --quick            5 pairs, 5 text pairs, 2 visual pairs, 3 pan pairs, 3 clicks, 1 Lighthouse run
 *   --no-lighthouse    skip Lighthouse
 *   --build-dir DIR    the build to measure (default build/)
 *   --place ID         the place page to measure (default sednaya-prison, else the first place)
 *   --out FILE         write the results here instead of bench/results/latest.json (the scale study)
 */
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { requireMapTestHook } from './map-test-hook.mjs';
import { prepareServeRoot } from './bench/serve-root.mjs';
import { clickToPanel, dragFrames, heapUsed, mapState, probe, waitFor } from './bench/measure.mjs';
import { fetchedBytes, jsWeight } from './bench/weight.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { FILMSTRIP, visualProgress } from './bench/visual.mjs';
import { median, pairedRatio, percentile } from './bench/stats.mjs';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const quick = flag('--quick');
const config = {
	pairs: Number(option('--pairs', quick ? 5 : 25)),
	textPairs: Number(option('--text-pairs', quick ? 5 : 31)),
	visualPairs: Number(option('--visual-pairs', quick ? 2 : 8)),
	panPairs: Number(option('--pan-pairs', quick ? 3 : 15)),
	clicks: Number(option('--clicks', quick ? 3 : 5)),
	lighthouseRuns: flag('--no-lighthouse') ? 0 : Number(option('--lighthouse-runs', quick ? 1 : 5)),
	build: resolve(project, option('--build-dir', 'build')),
	out: option('--out', undefined)
};

const VIEWPORT = { width: 1280, height: 800 };
const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

// The place page: sednaya-prison as the issue asks, or the first place of another dossier.
requireMapTestHook(config.build, 'the benchmark');
const places = JSON.parse(readFileSync(join(config.build, 'data/places.json'), 'utf8'));
const place = option('--place', places.some((p) => p.id === 'sednaya-prison') ? 'sednaya-prison' : places[0].id);
const PLACE = `/place/${place}`;

const started = Date.now();
const served = await prepareServeRoot({ project, build: config.build, place });
const server = await serveStatic({ root: served.root });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
log(`serving a copy of ${config.build} at ${server.url}; ${config.pairs} pairs`);

/** Opens `path` in a fresh context (cold cache) with the probe, and records every request. */
async function open(path, { filmstrip = false } = {}) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript(probe);
	const page = await context.newPage();
	if (filmstrip) await browser.startTracing(page, FILMSTRIP);
	const requests = [];
	const errors = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === new URL(server.url).origin) requests.push({ path: url.pathname, type: request.resourceType(), range: request.headers().range });
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${server.url}${path}`);
	return { page, requests, errors, close: () => context.close() };
}

/** One measured load: the figures in `what` ('text', 'idle'), and optionally heap and map state. */
async function run(path, what, { heap = false, state = false } = {}) {
	const opened = await open(path);
	try {
		const figures = await waitFor(opened.page, what);
		const extra = {};
		if (state) extra.state = await mapState(opened.page);
		if (heap) extra.heap = await heapUsed(opened.page);
		if (opened.errors.length) log(`page errors on ${path}:`, opened.errors.join('; '));
		return { ...figures, ...extra, requests: opened.requests };
	} finally {
		await opened.close();
	}
}

/**
 * The floor page for a view the app drew: the same geographic area, fitted into a map element with
 * the same insets from the window's edges as the app's (so under Lighthouse's own viewport too,
 * both draw the same number of pixels).
 */
const floorMap = ({ bounds, box, viewport }) => {
	const inset = [box.t, viewport.w - box.l - box.w, viewport.h - box.t - box.h, box.l];
	const query = new URLSearchParams({ fit: bounds.map((value) => value.toFixed(6)).join(','), inset: inset.join(',') });
	return `/__floor/map.html?${query}`;
};

// --- Warm-up: one load of each page, and the app's camera and map size to give the floor. ---
log('warm-up');
const appHome = await run('/', ['idle'], { state: true, heap: true });
const appPlace = await run(PLACE, ['text', 'idle'], { state: true, heap: true });
const FLOOR_HOME = floorMap(appHome.state);
const FLOOR_PLACE = floorMap(appPlace.state);
const FLOOR_TEXT = '/__floor/text.html';
const floorHome = await run(FLOOR_HOME, ['idle'], { state: true, heap: true });
const floorPlace = await run(FLOOR_PLACE, ['idle'], { state: true });
await run(FLOOR_TEXT, ['text']);
for (const [name, app, floor] of [['/', appHome, floorHome], [PLACE, appPlace, floorPlace]]) {
	log(`${name}: app draws ${JSON.stringify(app.state.rendered)} (sources loaded: ${app.state.sourcesLoaded}); floor draws ${JSON.stringify(floor.state.rendered)}`);
}

// --- Text visible: a phase of its own, before any map is drawn. ---
// Not interleaved with map runs, so no text run follows a WebGL page's teardown. App and floor
// first in turn (A B, B A, …): a run after an app page is slower than one after a floor page, so
// the run before must fall on each side alike.
const series = { textApp: [], textFloor: [], idlePlaceApp: [], idlePlaceFloor: [], idleHomeApp: [], idleHomeFloor: [] };
const textSources = new Set();
for (let i = 0; i < config.textPairs; i++) {
	let app, floor;
	if (i % 2 === 0) {
		app = await run(PLACE, ['text']);
		floor = await run(FLOOR_TEXT, ['text']);
	} else {
		floor = await run(FLOOR_TEXT, ['text']);
		app = await run(PLACE, ['text']);
	}
	textSources.add(app.textSource).add(floor.textSource);
	series.textApp.push(app.text);
	series.textFloor.push(floor.text);
}
log(`text visible, ${config.textPairs} pairs: app ${median(series.textApp).toFixed(0)} ms, floor ${median(series.textFloor).toFixed(0)} ms (medians)`);

// --- Map idle: pairs A B A B … ---
for (let i = 0; i < config.pairs; i++) {
	const a1 = await run(PLACE, ['idle']);
	const b2 = await run(FLOOR_PLACE, ['idle']);
	const a2 = await run('/', ['idle']);
	const b3 = await run(FLOOR_HOME, ['idle']);
	series.idlePlaceApp.push(a1.idle);
	series.idlePlaceFloor.push(b2.idle);
	series.idleHomeApp.push(a2.idle);
	series.idleHomeFloor.push(b3.idle);
	log(`pair ${i + 1}/${config.pairs}: idle ${PLACE} ${a1.idle.toFixed(0)}/${b2.idle.toFixed(0)} ms, idle / ${a2.idle.toFixed(0)}/${b3.idle.toFixed(0)} ms`);
}

// --- Map visually complete: when the screen stops changing, from a filmstrip of each load. ---
// A check on map idle (see scripts/bench/visual.mjs): MapLibre's idle can come before its frames
// are on screen. App and floor first in turn; the trace runs on one second past idle, so that the
// last frames are in it.
const visual = { placeApp: [], placeFloor: [], homeApp: [], homeFloor: [] };
async function runVisual(path, box) {
	const opened = await open(path, { filmstrip: true });
	let trace;
	try {
		await waitFor(opened.page, ['idle']);
		await opened.page.waitForTimeout(1000);
	} finally {
		// Stopped whatever happened: Chromium records one trace at a time, and the next run starts one.
		trace = await browser.stopTracing();
		await opened.close();
	}
	return visualProgress(JSON.parse(trace.toString()).traceEvents, { box, viewport: VIEWPORT });
}
for (let i = 0; i < config.visualPairs; i++) {
	// The floor's map has the app's insets (floorMap), so the app's map box serves both.
	for (const [appPath, floorPath, appInto, floorInto, mapBox] of [
		[PLACE, FLOOR_PLACE, visual.placeApp, visual.placeFloor, appPlace.state.box],
		['/', FLOOR_HOME, visual.homeApp, visual.homeFloor, appHome.state.box]
	]) {
		if (i % 2 === 0) {
			appInto.push(await runVisual(appPath, mapBox));
			floorInto.push(await runVisual(floorPath, mapBox));
		} else {
			floorInto.push(await runVisual(floorPath, mapBox));
			appInto.push(await runVisual(appPath, mapBox));
		}
	}
	const last = (runs) => runs.at(-1).completeMs;
	const seen = (runs) => runs.at(-1).mapVisibleMs;
	log(`visual pair ${i + 1}/${config.visualPairs}: complete ${PLACE} ${last(visual.placeApp)}/${last(visual.placeFloor)} ms, / ${last(visual.homeApp)}/${last(visual.homeFloor)} ms; map visible ${PLACE} ${seen(visual.placeApp)}/${seen(visual.placeFloor)} ms, / ${seen(visual.homeApp)}/${seen(visual.homeFloor)} ms`);
}

// --- Panning: a scripted drag on the overview, app and floor alternately. ---
const panApp = [];
const panFloor = [];
// Every frame of every drag, app and floor: a drag gives about 40 frames, so one run's p95 is its
// second-worst frame; the budget is judged on the p95 of all of them (about 600 a side).
const panFramesApp = [];
const panFramesFloor = [];
for (let i = 0; i < config.panPairs; i++) {
	for (const [path, into, frameInto] of [['/', panApp, panFramesApp], [FLOOR_HOME, panFloor, panFramesFloor]]) {
		const opened = await open(path);
		await waitFor(opened.page, ['idle']);
		const frames = await dragFrames(opened.page);
		into.push({ median: median(frames), p95: percentile(frames, 0.95), frames: frames.length });
		frameInto.push(...frames);
		await opened.close();
	}
	log(`pan pair ${i + 1}/${config.panPairs}: p95 ${panApp.at(-1).p95.toFixed(1)}/${panFloor.at(-1).p95.toFixed(1)} ms`);
}

// --- Interaction: click a place on the overview → its panel with excerpts. ---
const clicks = [];
for (let i = 0; i < config.clicks; i++) {
	const opened = await open('/');
	await waitFor(opened.page, ['idle']);
	clicks.push(await clickToPanel(opened.page));
	await opened.close();
}
log(`click → panel: ${clicks.map((c) => `${c.key} ${c.ms.toFixed(0)} ms`).join(', ')}`);

// --- Weight of the first view of `/` (and of the place page for comparison). ---
const scripts = (requests) => requests.filter((r) => r.type === 'script' || r.path.endsWith('.js') || r.path.endsWith('.mjs')).map((r) => r.path);
const weightHome = jsWeight(served.root, scripts(appHome.requests));
const weightPlace = jsWeight(served.root, scripts(appPlace.requests));
const basemapHome = fetchedBytes(served.root, appHome.requests, '/basemap/');
const basemapPlace = fetchedBytes(served.root, appPlace.requests, '/basemap/');
const glyphsHome = fetchedBytes(served.root, appHome.requests, '/glyphs/');
const dataHome = fetchedBytes(served.root, appHome.requests, '/data/');
const floorJs = jsWeight(served.root, scripts(floorHome.requests));

await browser.close();

// --- Lighthouse (desktop preset): the app's / and place page, and the floor, in the same run. ---
const lighthouse = {};
if (config.lighthouseRuns > 0) {
	// Page by page in turn (app /, place, floor, app /, …), like the other pairs, so that a slower
	// stretch of the machine falls on all three alike.
	const pages = [['/', '/'], [PLACE, PLACE], ['floor', FLOOR_HOME]];
	const runsOf = Object.fromEntries(pages.map(([name]) => [name, []]));
	for (let i = 0; i < config.lighthouseRuns; i++) {
		for (const [name, path] of pages) {
			try {
				runsOf[name].push(await runLighthouse(`${server.url}${path}`, { chromePath: CHROMIUM, flags: CHROMIUM_ARGS }));
			} catch (error) {
				log(`lighthouse ${name} failed: ${error.message}`);
			}
		}
	}
	for (const [name] of pages) {
		const runs = runsOf[name];
		if (runs.length === 0) continue;
		const pick = (key) => median(runs.map((r) => r[key]));
		lighthouse[name] = {
			runs: runs.length,
			performance: pick('performance'),
			performanceRuns: runs.map((r) => r.performance),
			accessibility: pick('accessibility'),
			bestPractices: pick('bestPractices'),
			lcpMs: pick('lcpMs'),
			tbtMs: pick('tbtMs'),
			failedAudits: runs[0].failed
		};
		log(`lighthouse ${name}: perf ${lighthouse[name].performance} (runs ${lighthouse[name].performanceRuns.join(', ')}) a11y ${lighthouse[name].accessibility} bp ${lighthouse[name].bestPractices}`);
	}
}
await server.close();
served.cleanup();

// --- Results ---
const text = pairedRatio(series.textApp, series.textFloor);
const idlePlace = pairedRatio(series.idlePlaceApp, series.idlePlaceFloor);
const idleHome = pairedRatio(series.idleHomeApp, series.idleHomeFloor);
const completeOf = (runs) => runs.map((run) => run.completeMs);
const visualPlace = pairedRatio(completeOf(visual.placeApp), completeOf(visual.placeFloor));
const visualHome = pairedRatio(completeOf(visual.homeApp), completeOf(visual.homeFloor));
const mapVisibleOf = (runs) => runs.map((run) => run.mapVisibleMs);
const mapVisible = pairedRatio([...mapVisibleOf(visual.homeApp), ...mapVisibleOf(visual.placeApp)], [...mapVisibleOf(visual.homeFloor), ...mapVisibleOf(visual.placeFloor)]);
const idleAll = pairedRatio([...series.idleHomeApp, ...series.idlePlaceApp], [...series.idleHomeFloor, ...series.idlePlaceFloor]);
const panP95 = pairedRatio(panApp.map((p) => p.p95), panFloor.map((p) => p.p95));
const panMedian = pairedRatio(panApp.map((p) => p.median), panFloor.map((p) => p.median));
const panPooled = { app: percentile(panFramesApp, 0.95), floor: percentile(panFramesFloor, 0.95), frames: [panFramesApp.length, panFramesFloor.length] };
panPooled.ratio = panPooled.app / panPooled.floor;
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const round = (value, digits = 3) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null);
const summary = (r) => ({ median: round(r.median), ci95: r.ci95.map((v) => round(v)), p25: round(r.p25), p75: round(r.p75), min: round(r.min), max: round(r.max), pairs: r.pairs, appMedianMs: round(r.appMedianMs, 1), floorMedianMs: round(r.floorMedianMs, 1) });

const lhOk = (name) => lighthouse[name] && lighthouse.floor;
const budgets = {
	mapIdle: { limit: 1.25, value: round(Math.max(idleHome.median, idlePlace.median)), met: Math.max(idleHome.median, idlePlace.median) <= 1.25 },
	textVisible: { limit: 1.2, value: round(text.median), met: text.median <= 1.2 },
	mapVisible: config.visualPairs > 0 ? { limit: 0.5, value: round(mapVisible.median), met: mapVisible.median <= 0.5 } : 'not run',
	appJs: { limitKB: 60, valueKB: kb(weightHome.appGzip), met: kb(weightHome.appGzip) <= 60 },
	panning: { limit: 1.2, value: round(panPooled.ratio), of: 'p95 of all frames, app ÷ floor', met: panPooled.ratio <= 1.2 },
	lighthouse: lighthouse.floor
		? Object.fromEntries(
				['/', PLACE].filter(lhOk).map((name) => {
					const l = lighthouse[name];
					return [name, { performanceVsFloor: l.performance >= lighthouse.floor.performance, accessibility100: l.accessibility === 1, bestPractices95: l.bestPractices >= 0.95, met: l.performance >= lighthouse.floor.performance && l.accessibility === 1 && l.bestPractices >= 0.95 }];
				})
			)
		: 'not run'
};

const results = {
	date: new Date().toISOString(),
	durationS: Math.round((Date.now() - started) / 1000),
	machine: { cpus: (await import('node:os')).cpus().length, node: process.version, chromium: CHROMIUM, renderer: 'SwiftShader (no GPU)' },
	config: { ...config, place, viewport: VIEWPORT },
	textVisibleRatio: round(text.median),
	mapIdleRatio: round(idleAll.median),
	mapIdleRatioHome: round(idleHome.median),
	mapIdleRatioPlace: round(idlePlace.median),
	// The first filmstrip frame with the map in the map area (the app's static map), app ÷ floor.
	mapVisibleRatio: config.visualPairs > 0 ? round(mapVisible.median) : null,
	appJsGzipKB: kb(weightHome.appGzip),
	maplibreJsGzipKB: kb(weightHome.maplibreGzip),
	textVisible: { ...summary(text), measuredWith: [...textSources].join('+') },
	mapIdle: { home: summary(idleHome), place: summary(idlePlace), all: summary(idleAll) },
	// Visually complete (filmstrip), app ÷ floor: a check on mapIdle, no budget of its own.
	mapVisuallyComplete: config.visualPairs > 0 ? { home: summary(visualHome), place: summary(visualPlace) } : 'not run',
	mapVisible: config.visualPairs > 0 ? { all: summary(mapVisible), runs: { app: [...mapVisibleOf(visual.homeApp), ...mapVisibleOf(visual.placeApp)], floor: [...mapVisibleOf(visual.homeFloor), ...mapVisibleOf(visual.placeFloor)] } } : 'not run',
	weight: {
		home: {
			appJsGzipKB: kb(weightHome.appGzip),
			maplibreJsGzipKB: kb(weightHome.maplibreGzip),
			jsFiles: weightHome.files.map((f) => ({ ...f, gzipKB: kb(f.gzip), appKB: kb(f.appGzip), maplibreKB: kb(f.maplibreGzip) })),
			basemap: { files: basemapHome.count, KB: kb(basemapHome.bytes), gzipKB: kb(basemapHome.gzip) },
			glyphs: { files: glyphsHome.count, KB: kb(glyphsHome.bytes), gzipKB: kb(glyphsHome.gzip) },
			data: { files: dataHome.count, KB: kb(dataHome.bytes), gzipKB: kb(dataHome.gzip) }
		},
		place: { appJsGzipKB: kb(weightPlace.appGzip), maplibreJsGzipKB: kb(weightPlace.maplibreGzip), basemap: { requests: basemapPlace.count, KB: kb(basemapPlace.bytes) } },
		floorJsGzipKB: kb(floorJs.appGzip + floorJs.maplibreGzip),
		heapAfterIdleMB: { home: round(appHome.heap / 2 ** 20, 1), place: round(appPlace.heap / 2 ** 20, 1), floor: round(floorHome.heap / 2 ** 20, 1) }
	},
	interaction: {
		clickToPanelMs: { median: round(median(clicks.map((c) => c.ms)), 1), max: round(Math.max(...clicks.map((c) => c.ms)), 1), runs: clicks },
		panning: {
			app: { medianMs: round(median(panApp.map((p) => p.median)), 1), p95Ms: round(median(panApp.map((p) => p.p95)), 1) },
			floor: { medianMs: round(median(panFloor.map((p) => p.median)), 1), p95Ms: round(median(panFloor.map((p) => p.p95)), 1) },
			p95Ratio: summary(panP95),
			pooledP95: { appMs: round(panPooled.app, 1), floorMs: round(panPooled.floor, 1), ratio: round(panPooled.ratio), frames: panPooled.frames },
			medianRatio: summary(panMedian)
		}
	},
	lighthouse,
	budgets,
	drawn: { home: appHome.state, place: appPlace.state, floorHome: floorHome.state },
	raw: { ...series, visual, panApp, panFloor }
};

const resultsDir = join(project, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const json = `${JSON.stringify(results, null, '\t')}\n`;
if (!config.out) {
	writeFileSync(join(resultsDir, 'latest.json'), json);
	writeFileSync(join(resultsDir, `${results.date.replace(/[:.]/g, '-')}.json`), json);
} else {
	// A run on another build (the scale study) writes only where it is told, not latest.json.
	mkdirSync(dirname(resolve(config.out)), { recursive: true });
	writeFileSync(resolve(config.out), json);
}

// --- The table ---
const f1 = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : typeof v === 'number' ? v.toFixed(v < 10 ? 2 : 0) : String(v));
// Fewer than six pairs have no 95 % interval (see medianInterval): the cell then leaves it out.
const interval = (r) => (r.ci95.every(Number.isFinite) ? `${r.ci95.map(f1).join('–')}; ` : '');
const ratioRow = (name, r, budget) => [name, `${f1(r.appMedianMs)} ms`, `${f1(r.floorMedianMs)} ms`, `${r.median.toFixed(2)} (${interval(r)}IQR ${r.p25.toFixed(2)}–${r.p75.toFixed(2)}; n=${r.pairs})`, budget];
const mark = (ok) => (ok ? 'met' : 'NOT met');
const rows = [
	['figure', 'app', 'floor', 'app ÷ floor: median (95 % interval; IQR; pairs)', 'budget'],
	ratioRow(`text visible ${PLACE}`, text, `≤ 1.20: ${mark(budgets.textVisible.met)}`),
	ratioRow('map idle /', idleHome, `≤ 1.25: ${mark(idleHome.median <= 1.25)}`),
	ratioRow(`map idle ${PLACE}`, idlePlace, `≤ 1.25: ${mark(idlePlace.median <= 1.25)}`),
	...(config.visualPairs > 0 ? [ratioRow('map visually complete /', visualHome, '(checks idle)'), ratioRow(`map visually complete ${PLACE}`, visualPlace, '(checks idle)')] : []),
	...(config.visualPairs > 0 ? [ratioRow(`map visible (/ and ${PLACE})`, mapVisible, `≤ 0.50: ${mark(mapVisible.median <= 0.5)}`)] : []),
	['pan frame time p95, all frames', `${f1(panPooled.app)} ms`, `${f1(panPooled.floor)} ms`, `${panPooled.ratio.toFixed(2)} (${panPooled.frames[0]} and ${panPooled.frames[1]} frames)`, `≤ 1.20: ${mark(budgets.panning.met)}`],
	ratioRow('pan frame time p95, per drag', panP95, ''),
	ratioRow('pan frame time median', panMedian, ''),
	['JS gzip, app own (/)', `${kb(weightHome.appGzip)} KB`, '0 KB', '', `≤ 60 KB: ${mark(budgets.appJs.met)}`],
	['JS gzip, MapLibre (/; main + worker)', `${kb(weightHome.maplibreGzip)} KB`, `${kb(floorJs.maplibreGzip + floorJs.appGzip)} KB`, '', ''],
	['JS gzip, app own (place page)', `${kb(weightPlace.appGzip)} KB`, '', '', ''],
	['basemap fetched (/)', `${basemapHome.count} requests, ${kb(basemapHome.bytes)} KB`, '', '', ''],
	[`basemap fetched (${PLACE})`, `${basemapPlace.count} requests, ${kb(basemapPlace.bytes)} KB`, '', '', `≤ 600 KB: ${mark(basemapPlace.bytes <= 600 * 1024)}`],
	['glyphs fetched (/)', `${glyphsHome.count} files, ${kb(glyphsHome.bytes)} KB`, '', '', ''],
	['dossier data fetched (/)', `${dataHome.count} files, ${kb(dataHome.bytes)} KB`, '', '', ''],
	['JS heap after idle (GC\'d)', `/ ${results.weight.heapAfterIdleMB.home} MB, place ${results.weight.heapAfterIdleMB.place} MB`, `${results.weight.heapAfterIdleMB.floor} MB`, '', ''],
	['click footprint → panel', `${f1(results.interaction.clickToPanelMs.median)} ms (max ${f1(results.interaction.clickToPanelMs.max)})`, '', '', '']
];
for (const [name, l] of Object.entries(lighthouse)) {
	const budget = name === 'floor' ? '' : budgets.lighthouse[name] ? mark(budgets.lighthouse[name].met) : '';
	rows.push([`Lighthouse ${name}`, `perf ${l.performance} · a11y ${l.accessibility} · bp ${l.bestPractices}`, name === 'floor' ? '' : `perf ${lighthouse.floor?.performance}`, `LCP ${f1(l.lcpMs)} ms, TBT ${f1(l.tbtMs)} ms`, budget]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
const line = (row) => `| ${row.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
console.log(`\nDossier Map benchmark — ${results.date}, ${results.durationS} s, ${results.machine.cpus} CPUs, SwiftShader`);
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows.slice(1)) console.log(line(row));
console.log(`\ntext visible measured with: ${results.textVisible.measuredWith}; results in ${config.out ?? 'bench/results/latest.json'}`);
