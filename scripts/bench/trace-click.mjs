#!/usr/bin/env node
/**
 * The bench's click → panel measurement alone (`clickToPanel` in measure.mjs: open `/` cold, wait
 * for map idle, click a place at once), repeated, and a Chromium trace of that moment.
 *
 *   npm run build && node scripts/bench/trace-click.mjs [--runs N] [--traces N] [--build-dir DIR] [--rest MS]
 *
 * --runs N        untraced runs, each in a fresh context (cold cache), timed as the bench times
 *                 them (default 6); their times and median are printed
 * --traces N      traced runs after them (default 1): the trace of each is written to
 *                 test-results/trace-click-<i>.json (open it in Perfetto or chrome://tracing) and
 *                 summed up between mousedown and the panel's frame: the page's main-thread tasks
 *                 of 20 ms or more with what ran in them (trace events by self time, the sampled
 *                 JavaScript by function and URL), the requests sent, and the GPU process's long
 *                 tasks, where every frame of the page is composited and presented
 * --rest MS       wait this long after idle before clicking (default 0, as the bench does)
 * --build-dir DIR the build to serve as it is (default build/)
 * --categories A,B more trace categories
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';
import { serveStatic } from '../serve.mjs';
import { clickToPanel, probe, waitFor } from './measure.mjs';
import { median } from './stats.mjs';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const runs = Number(option('--runs', 6));
const traces = Number(option('--traces', 1));
const rest = Number(option('--rest', 0));
const root = resolve(project, option('--build-dir', 'build'));
const extraCategories = option('--categories', '').split(',').filter(Boolean);

const short = (url) => url.replace(/^https?:\/\/[^/]+/, '');

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-devtools.timeline.frame',
	'v8',
	'v8.execute',
	'disabled-by-default-v8.cpu_profiler',
	'blink.user_timing',
	'loading',
	'toplevel',
	'gpu',
	// What the GPU process waits for when it presents a frame (ANGLE over SwiftShader's Vulkan).
	'gpu.angle',
	'viz'
];

const server = await serveStatic({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

/** One cold load of `/`, map idle, then the bench's click; with the trace's bytes when `trace` is set. */
async function once(trace) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addInitScript(probe);
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	if (trace) await browser.startTracing(page, { categories: [...CATEGORIES, ...extraCategories] });
	let click;
	try {
		await page.goto(`${server.url}/`);
		await waitFor(page, ['idle']);
		if (rest) await page.waitForTimeout(rest);
		click = await clickToPanel(page);
		click.afterIdle = await page.evaluate(() => window.__click.down - window.__bench.idle);
		click.errors = errors;
		// A moment past the panel's frame, so that its paint is in the trace.
		if (trace) await page.waitForTimeout(300);
	} finally {
		// Stopped whatever happened: Chromium records one trace at a time.
		const buffer = trace ? await browser.stopTracing() : undefined;
		await context.close();
		if (click) click.trace = buffer;
	}
	return click;
}

const times = [];
for (let i = 0; i < runs; i++) {
	const click = await once(false);
	times.push(click.ms);
	console.log(`run ${i + 1}/${runs}: ${click.key} ${click.ms.toFixed(0)} ms (clicked ${click.afterIdle.toFixed(0)} ms after idle)${click.errors.length ? ` (page errors: ${click.errors.join('; ')})` : ''}`);
}
if (runs) console.log(`click → panel, median of ${runs}: ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);

mkdirSync(join(project, 'test-results'), { recursive: true });
for (let i = 0; i < traces; i++) {
	const click = await once(true);
	const file = join(project, `test-results/trace-click-${i + 1}.json`);
	writeFileSync(file, click.trace);
	console.log(`\ntraced run ${i + 1}: ${click.key} ${click.ms.toFixed(0)} ms, clicked ${click.afterIdle.toFixed(0)} ms after idle (the trace slows the page); ${file}`);
	report(JSON.parse(click.trace.toString()).traceEvents, click.ms);
}

await browser.close();
await server.close();

/**
 * Prints the renderer main thread's tasks from the mousedown to the panel's frame (`ms` later),
 * with the trace events that took their time (self time, children subtracted) and the JavaScript
 * the sampling profiler saw in them.
 */
function report(events, ms) {
	const mainThreads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	const down = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown');
	if (!down) return console.log('no mousedown in the trace');
	const main = mainThreads.find((t) => t.pid === down.pid && t.tid === down.tid) ?? mainThreads[0];
	const start = down.ts;
	const end = start + ms * 1000;
	const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts + (e.dur ?? 0) >= start && e.ts <= end);
	// Top-level tasks only (a RunTask holds a ThreadControllerImpl::RunTask of the same span).
	const runs = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
	const tasks = runs.filter((t, i) => !runs.slice(0, i).some((o) => o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur));
	const busy = tasks.reduce((sum, t) => sum + Math.min(t.ts + t.dur, end) - Math.max(t.ts, start), 0);
	console.log(`main thread: ${tasks.length} tasks, busy ${(busy / 1000).toFixed(0)} of ${ms.toFixed(0)} ms between mousedown and the panel's frame`);

	const samples = cpuSamples(events, main);
	const at = (us) => `+${((us - start) / 1000).toFixed(0)} ms`;
	for (const task of tasks.filter((t) => t.dur >= 20_000)) {
		console.log(`\n  task at ${at(task.ts)}, ${(task.dur / 1000).toFixed(0)} ms`);
		// Self time of each event name inside the task (nested complete events on one thread).
		const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
		const self = new Map();
		const stack = [];
		for (const event of inside) {
			while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
			const parent = stack.at(-1);
			const label = describe(event);
			self.set(label, (self.get(label) ?? 0) + event.dur);
			if (parent) self.set(describe(parent), self.get(describe(parent)) - event.dur);
			stack.push(event);
		}
		for (const [label, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) if (us >= 2000) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${label}`);
		const inTask = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur);
		if (!inTask.length) continue;
		const byFunction = new Map();
		for (const s of inTask) byFunction.set(s.frame, (byFunction.get(s.frame) ?? 0) + s.dt);
		console.log(`    JavaScript sampled (${inTask.length} samples), self time by function:`);
		for (const [frame, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${frame}`);
	}

	// What the page fetched meanwhile (a route's data and code, pictures, tiles).
	const requests = events.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= start && e.ts <= end);
	if (requests.length) console.log('\n  requests sent:');
	for (const request of requests) {
		const id = request.args.data.requestId;
		const finish = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
		console.log(`    ${at(request.ts)} → ${finish ? at(finish.ts) : 'not finished'}  ${short(request.args.data.url)}`);
	}

	// The GPU process's main thread, which composites and presents every frame: a long task there holds
	// back the page's next frame however idle the page's own main thread is. Each is shown with its
	// longest nested event at each depth (e.g. a buffer swap waiting for the renderer to finish).
	const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
	const gpuKey = [...names].find(([, name]) => name === 'CrGpuMain')?.[0];
	if (!gpuKey) return;
	const [gpuPid, gpuTid] = gpuKey.split(':').map(Number);
	const onGpu = events.filter((e) => e.pid === gpuPid && e.tid === gpuTid && e.ph === 'X' && e.ts + e.dur >= start && e.ts <= end);
	const gpuRuns = onGpu.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
	const gpuBusy = gpuRuns.reduce((sum, t) => sum + Math.min(t.ts + t.dur, end) - Math.max(t.ts, start), 0);
	console.log(`\n  GPU process main thread: busy ${(gpuBusy / 1000).toFixed(0)} of ${ms.toFixed(0)} ms; its tasks of 50 ms or more:`);
	for (const task of gpuRuns.filter((t) => t.dur >= 50_000)) {
		const chain = [];
		for (let outer = task; ; ) {
			const inner = onGpu.filter((e) => e !== outer && e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur && e.dur < outer.dur + 1).sort((a, b) => b.dur - a.dur)[0];
			if (!inner || inner.dur < outer.dur * 0.5) break;
			chain.push(inner.name);
			outer = inner;
		}
		console.log(`    ${at(task.ts)}, ${(task.dur / 1000).toFixed(0)} ms: ${chain.filter((name, i) => name !== chain[i - 1]).join(' > ')}`);
	}
}

/** A trace event's name, with the script, timer or callback it stands for when it says. */
function describe(event) {
	const data = event.args?.data ?? event.args?.beginData ?? {};
	if (event.name === 'EventDispatch') return `EventDispatch ${data.type}`;
	if (event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.compile') return `${event.name} ${short(data.url ?? data.scriptName ?? '')}${data.functionName ? ` ${data.functionName}` : ''}`;
	return event.name;
}


/**
 * The sampling profiler's samples on the renderer's main thread (not MapLibre's workers), each with
 * the function on top of the stack ("name url:line") and the time it stands for. A `Profile` event
 * is written on the thread it profiles; its chunks, on the profiler's thread, share its id.
 */
function cpuSamples(events, main) {
	const nodes = new Map();
	const samples = [];
	const chunks = events.filter((e) => e.pid === main.pid && (e.name === 'Profile' || e.name === 'ProfileChunk'));
	const profiles = new Map();
	for (const event of chunks) {
		if (event.name === 'Profile' && event.tid === main.tid) profiles.set(event.id, { ts: event.args.data.startTime });
	}
	for (const event of chunks) {
		const id = event.id;
		const profile = profiles.get(id);
		if (event.name === 'ProfileChunk' && profile) {
			const cpu = event.args.data.cpuProfile ?? {};
			for (const node of cpu.nodes ?? []) {
				const f = node.callFrame;
				nodes.set(`${id}:${node.id}`, `${f.functionName || '(anonymous)'} ${short(f.url ?? '')}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim());
			}
			const deltas = event.args.data.timeDeltas ?? [];
			(cpu.samples ?? []).forEach((node, i) => {
				profile.ts += deltas[i] ?? 0;
				samples.push({ ts: profile.ts, key: `${id}:${node}`, dt: 0 });
			});
		}
	}
	samples.sort((a, b) => a.ts - b.ts);
	samples.forEach((s, i) => {
		s.dt = i + 1 < samples.length ? Math.min(samples[i + 1].ts - s.ts, 10_000) : 0;
		s.frame = nodes.get(s.key) ?? '?';
	});
	return samples.filter((s) => !/^\((idle|program|root)\)/.test(s.frame));
}
