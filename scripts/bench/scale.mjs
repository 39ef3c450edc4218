#!/usr/bin/env node
/**
 * The scale study: for each size, a synthetic dossier (scripts/generate-dossier.mjs) in a copy of
 * the project under /tmp, then the validator, the production build and a quick benchmark on it.
 * Prints a table of figure against size and writes bench/results/scale/scale.json.
 *
 *   node scripts/bench/scale.mjs [--sizes s,m,l] [--build-timeout 300] [--no-bench]
 *
 * Sizes: s = 10 sources / 100 places / 1 000 excerpts; m = 100 / 1 000 / 10 000;
 * l = 1 000 / 10 000 / 100 000 (validator only unless --build-large, whose build is the longest:
 * measured times and sizes are in bench/README.md, "Large dossiers"; its benchmark ~10 minutes).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : fallback;
};
const SIZES = {
	s: { sources: 10, places: 100, excerpts: 1000 },
	m: { sources: 100, places: 1000, excerpts: 10000 },
	l: { sources: 1000, places: 10000, excerpts: 100000 }
};
const chosen = option('--sizes', 's,m,l').split(',');
const buildTimeout = Number(option('--build-timeout', 300)) * 1000;
const log = (...parts) => console.error(`[scale ${new Date().toISOString().slice(11, 19)}]`, ...parts);

function timed(command, commandArgs, cwd, timeout, env = {}) {
	const start = process.hrtime.bigint();
	const result = spawnSync(command, commandArgs, { cwd, timeout, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	return { seconds: Math.round(seconds * 100) / 100, ok: result.status === 0, timedOut: result.error?.code === 'ETIMEDOUT', stdout: result.stdout, stderr: result.stderr };
}

function folderStats(folder) {
	let files = 0;
	let bytes = 0;
	let html = 0;
	let largestHtml = 0;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const size = statSync(join(entry.parentPath, entry.name)).size;
		files++;
		bytes += size;
		if (entry.name.endsWith('.html')) {
			html++;
			largestHtml = Math.max(largestHtml, size);
		}
	}
	return { files, MB: Math.round((bytes / 2 ** 20) * 10) / 10, htmlPages: html, largestHtmlKB: Math.round(largestHtml / 1024) };
}

const scaleFile = join(project, 'bench/results/scale/scale.json');
// Earlier rows of other sizes are kept, so sizes can be run one at a time.
const rows = existsSync(scaleFile) ? JSON.parse(readFileSync(scaleFile, 'utf8')).filter((row) => !chosen.includes(row.size)) : [];
for (const name of chosen) {
	const size = SIZES[name];
	const dir = `/tmp/dossier-scale-${name}`;
	log(`${name}: ${JSON.stringify(size)} in ${dir}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const item of ['src', 'static', 'scripts', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json', 'package.json', 'basemaps.json', 'gazetteer', '.env'].filter((item) => existsSync(join(project, item)))) {
		cpSync(join(project, item), join(dir, item), { recursive: true });
	}
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
	const gen = timed('node', [join(project, 'scripts/generate-dossier.mjs'), '--out', dir, '--sources', String(size.sources), '--places', String(size.places), '--excerpts', String(size.excerpts)], project, 600_000);
	if (!gen.ok) throw new Error(gen.stderr);
	const geodataMB = folderStats(join(dir, 'geodata')).MB;
	const validate = timed('node', [join(project, 'node_modules/tsx/dist/cli.mjs'), join(project, 'scripts/check-geodata.ts'), dir], project, 900_000);
	log(`${name}: validator ${validate.seconds} s ${validate.ok ? 'ok' : 'FAILED'} ${validate.stdout.trim()} ${validate.stderr.slice(0, 300)}`);
	const row = { size: name, ...size, geodataMB, validateS: validate.ok ? validate.seconds : `failed ${validate.seconds}` };
	if (name !== 'l' || args.includes('--build-large')) {
		// The benchmark reads the map through the test hook; without it, the build is the production one.
		const build = timed('node', [join(project, 'node_modules/vite/bin/vite.js'), 'build'], dir, buildTimeout, { MAP_TEST_HOOK: args.includes('--no-bench') ? '' : '1' });
		log(`${name}: build ${build.seconds} s ${build.ok ? 'ok' : build.timedOut ? 'TIMED OUT' : 'FAILED'} ${build.ok ? '' : build.stderr.slice(-600)}`);
		row.buildS = build.ok ? build.seconds : build.timedOut ? `> ${buildTimeout / 1000} (timed out)` : `failed after ${build.seconds}`;
		if (build.ok) {
			Object.assign(row, { build: folderStats(join(dir, 'build')) });
			const data = join(dir, 'build/data');
			row.indexJsonKB = Math.round(statSync(join(data, 'index.json')).size / 1024);
			row.mapGeojsonKB = Math.round(statSync(join(data, 'map.geojson')).size / 1024);
			const placeFile = readdirSync(join(data, 'place'))[0];
			row.placeJsonKB = Math.round(statSync(join(data, 'place', placeFile)).size / 1024);
			row.placeHtmlKB = Math.round(statSync(join(dir, 'build/place', placeFile.replace('.json', '.html'))).size / 1024);
			if (!args.includes('--no-bench')) {
				const out = join(project, `bench/results/scale/bench-${name}.json`);
				const bench = timed('node', [join(project, 'scripts/bench.mjs'), '--build-dir', join(dir, 'build'), '--pairs', option('--pairs', '5'), '--pan-pairs', '2', '--clicks', '2', '--no-lighthouse', '--out', out], project, 1_200_000);
				if (bench.ok) {
					const result = JSON.parse(readFileSync(out, 'utf8'));
					Object.assign(row, {
						textVisibleRatio: result.textVisibleRatio,
						textVisibleAppMs: result.textVisible.appMedianMs,
						mapIdleAppMs: result.mapIdle.home.appMedianMs,
						mapIdleRatio: result.mapIdle.home.median,
						mapIdlePlaceAppMs: result.mapIdle.place.appMedianMs,
						mapIdlePlaceRatio: result.mapIdle.place.median,
						appJsGzipKB: result.appJsGzipKB,
						heapMB: result.weight.heapAfterIdleMB.home,
						clickMs: result.interaction.clickToPanelMs.median,
						panP95Ms: result.interaction.panning.app.p95Ms,
						// The budget's figure: the p95 of all frames of all drags, app ÷ floor.
						panP95Ratio: result.interaction.panning.pooledP95.ratio
					});
				} else row.bench = `failed: ${bench.stderr.slice(-400)}`;
				log(`${name}: bench ${bench.seconds} s`);
			}
		}
	} else row.buildS = 'not run (see notes)';
	rows.push(row);
	mkdirSync(join(project, 'bench/results/scale'), { recursive: true });
	rows.sort((a, b) => a.places - b.places);
	writeFileSync(scaleFile, `${JSON.stringify(rows, null, '\t')}\n`);
}

const columns = [
	['size', (r) => r.size],
	['sources/places/excerpts', (r) => `${r.sources}/${r.places}/${r.excerpts}`],
	['geodata MB', (r) => r.geodataMB],
	['validate s', (r) => r.validateS],
	['build s', (r) => r.buildS],
	['build MB (files)', (r) => (r.build ? `${r.build.MB} (${r.build.files})` : '—')],
	['index.json KB', (r) => r.indexJsonKB ?? '—'],
	['map.geojson KB', (r) => r.mapGeojsonKB ?? '—'],
	['place page HTML KB', (r) => r.placeHtmlKB ?? '—'],
	['place JSON KB', (r) => r.placeJsonKB ?? '—'],
	['text visible ms (÷ floor)', (r) => (r.textVisibleAppMs ? `${Math.round(r.textVisibleAppMs)} (${r.textVisibleRatio})` : '—')],
	['map idle / ms (÷ floor)', (r) => (r.mapIdleAppMs ? `${Math.round(r.mapIdleAppMs)} (${r.mapIdleRatio})` : '—')],
	['map idle place ms (÷ floor)', (r) => (r.mapIdlePlaceAppMs ? `${Math.round(r.mapIdlePlaceAppMs)} (${r.mapIdlePlaceRatio})` : '—')],
	['heap MB', (r) => r.heapMB ?? '—'],
	['click→panel ms', (r) => r.clickMs ?? '—'],
	['pan p95 ms (÷ floor, all frames)', (r) => (r.panP95Ms ? `${r.panP95Ms} (${r.panP95Ratio})` : '—')]
];
console.log(`| ${columns.map(([h]) => h).join(' | ')} |`);
console.log(`|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${columns.map(([, get]) => String(get(row))).join(' | ')} |`);
