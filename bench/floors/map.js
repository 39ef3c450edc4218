// The bare-MapLibre floor: the same MapLibre build, the same basemap style and data, the same
// dossier GeoJSON and style layers as the app — and nothing else (no framework, no panel).
// `config.js` is written by scripts/bench/serve-root.mjs from the app's own style.ts and build.
import * as maplibregl from './maplibre-gl.mjs';
import config from './config.js';

const params = new URLSearchParams(location.search);
const num = (name, fallback) => (params.has(name) ? Number(params.get(name)) : fallback);
const container = document.getElementById('map');
// The same size and place as the app's map element, so both draw the same number of pixels.
if (params.has('w')) {
	Object.assign(container.style, {
		inset: 'auto',
		left: `${num('l', 0)}px`,
		top: `${num('t', 0)}px`,
		width: `${num('w', 0)}px`,
		height: `${num('h', 0)}px`
	});
}
const origin = location.origin;
const style = JSON.parse(JSON.stringify(config.basemap).replaceAll('__ASSETS__', origin));
const data = fetch(`${origin}/data/map.geojson`).then((response) => response.json());

maplibregl.setWorkerUrl(config.workerUrl);
const map = new maplibregl.Map({
	container,
	style,
	center: [num('lon', 36), num('lat', 35)],
	zoom: num('z', 4),
	bearing: num('b', 0),
	pitch: num('p', 0),
	attributionControl: { compact: true }
});
Object.defineProperty(container, '__map', { value: map, configurable: true });
map.on('style.load', async () => {
	map.addSource(config.sourceId, { ...config.source, data: await data });
	const firstLabel = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
	for (const layer of config.layers) map.addLayer(layer, layer.type === 'symbol' ? undefined : firstLabel);
});
map.on('idle', () => (container.dataset.mapIdle = 'true'));
map.on('movestart', () => (container.dataset.mapIdle = 'false'));
