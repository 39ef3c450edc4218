/**
 * Prepares the folder the benchmark serves: a private copy of the production build (so that a
 * rebuild by someone else mid-run changes nothing) plus the floor pages under `/__floor/`.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';


/**
 * @param {{ project: string, build: string, place: string }} options
 * @returns {Promise<{ root: string, workerFile: string, cleanup: () => void }>}
 */
export async function prepareServeRoot({ project, build, place }) {
	if (!existsSync(join(build, 'index.html'))) {
		throw new Error(`no production build in ${build}: run \`npm run build\` first (the benchmark builds nothing itself)`);
	}
	const root = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
	cpSync(build, root, { recursive: true });
	const floor = join(root, '__floor');
	cpSync(join(project, 'bench/floors'), floor, { recursive: true });

	// The MapLibre worker the build ships (same bytes), and MapLibre's published ESM build for the
	// main thread: the app's chunk bundles MapLibre with its own MapView, so it cannot be imported alone.
	const assets = join(root, '_app/immutable/assets');
	const worker = readdirSync(assets).find((name) => /^maplibre-gl-worker.*\.m?js$/.test(name));
	if (!worker) throw new Error(`no maplibre-gl-worker file in ${assets}`);
	const maplibreDist = join(project, 'node_modules/maplibre-gl/dist');
	cpSync(join(maplibreDist, 'maplibre-gl.mjs'), join(floor, 'maplibre-gl.mjs'));
	cpSync(join(maplibreDist, 'maplibre-gl.css'), join(floor, 'maplibre-gl.css'));

	// The app's own style builders (offline-style.ts, dossier-style.ts), so the floor draws exactly what the app draws.
	const offline = await tsImport(join(project, 'src/lib/map/offline-style.ts'), import.meta.url);
	const dossierStyle = await tsImport(join(project, 'src/lib/map/dossier-style.ts'), import.meta.url);
	const { escapeMarkup } = await tsImport(join(project, 'src/lib/text/escape.ts'), import.meta.url);
	const dossier = dossierStyle.dossierStyle({ type: 'FeatureCollection', features: [] });
	// pmtiles' protocol, which the app bundles, with the fflate it imports, as files beside the floor.
	const pmtiles = readFileSync(join(project, 'node_modules/pmtiles/dist/esm/index.js'), 'utf8');
	writeFileSync(join(floor, 'pmtiles.mjs'), pmtiles.replace(/from\s*"fflate"/, 'from "./fflate.mjs"'));
	cpSync(join(project, 'node_modules/fflate/esm/browser.js'), join(floor, 'fflate.mjs'));
	const config = {
		workerUrl: `/_app/immutable/assets/${worker}`,
		basemap: offline.offlineBasemapStyle('__ASSETS__'),
		sourceId: dossierStyle.DOSSIER_SOURCE,
		source: { ...dossier.source, data: undefined },
		anchorSourceId: dossierStyle.ANCHOR_SOURCE,
		anchors: { ...dossier.anchors, data: undefined },
		layers: dossier.layers
	};
	writeFileSync(join(floor, 'config.js'), `export default ${JSON.stringify(config)};\n`);

	// The text floor: the same excerpts as /place/<id>, in the same markup, and nothing else.
	const detail = JSON.parse(readFileSync(join(root, `data/place/${place}.json`), 'utf8'));
	const items = detail.excerpts
		.map(
			(excerpt) =>
				`\t\t<li data-excerpt="${escapeMarkup(excerpt.id)}"><figure><blockquote><p>${escapeMarkup(excerpt.quote)}</p></blockquote>` +
				`<figcaption>${escapeMarkup(excerpt.kind)} — <cite>${escapeMarkup(excerpt.sourceTitle)}</cite>, line ${excerpt.line}</figcaption></figure></li>`
		)
		.join('\n');
	const template = readFileSync(join(floor, 'text.html'), 'utf8');
	writeFileSync(join(floor, 'text.html'), template.replaceAll('<!--TITLE-->', escapeMarkup(detail.place.name)).replace('<!--EXCERPTS-->', items));

	return { root, workerFile: join(assets, worker), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
