// The bare-MapLibre floor: the same MapLibre build, the same basemap style and data, the same
// dossier GeoJSON and style layers as the app — and nothing else (no framework, no panel).
// `config.js` is written by scripts/bench/serve-root.mjs from the app's own style modules and build.
import * as maplibregl from './maplibre-gl.mjs';
import { Protocol } from './pmtiles.mjs';
import config from './config.js';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
// Where the app's map element sits, as insets from the window's edges (`inset=top,right,bottom,left`,
// in pixels): the app's layout keeps them at any window size (Lighthouse emulates 1350 × 940, the
// bench's own runs are 1280 × 800), so both always draw the same number of pixels.
const [top, right, bottom, left] = (params.get('inset') ?? '0,0,0,0').split(',').map((value) => `${Number(value)}px`);
Object.assign(container.style, { top, right, bottom, left });
const origin = location.origin;
const style = JSON.parse(JSON.stringify(config.basemap).replaceAll('__ASSETS__', origin));
const data = fetch(`${origin}/data/map.geojson`).then((response) => response.json());

maplibregl.setWorkerUrl(config.workerUrl);
maplibregl.addProtocol('pmtiles', new Protocol().tile);
const map = new maplibregl.Map({
	container,
	style,
	// The area the app showed (`fit=west,south,east,north`), fitted to this box: at the bench's own
	// window, the app's very camera. Without it, the Levant.
	bounds: (params.get('fit') ?? '34,31,42,37.5').split(',').map(Number),
	attributionControl: { compact: true }
});
Object.defineProperty(container, '__map', { value: map, configurable: true });
map.on('style.load', async () => {
	const features = await data;
	map.addSource(config.sourceId, { ...config.source, data: features });
	// The places' anchors, clustered, from a source of their own (dossier-style.ts).
	map.addSource(config.anchorSourceId, { ...config.anchors, data: { type: 'FeatureCollection', features: features.features.filter((f) => f.properties.role === 'anchor') } });
	const firstLabel = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
	for (const layer of config.layers) map.addLayer(layer, layer.type === 'symbol' ? undefined : firstLabel);
});
map.on('idle', () => (container.dataset.mapIdle = 'true'));
map.on('movestart', () => (container.dataset.mapIdle = 'false'));
