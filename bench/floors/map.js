// The bare-MapLibre floor: the same MapLibre build, the same basemap style and data, the same
// dossier GeoJSON and style layers as the app — and nothing else (no framework, no panel).
// `config.js` is written by scripts/bench/serve-root.mjs from the app's own style.ts and build.
import * as maplibregl from './maplibre-gl.mjs';
import config from './config.js';

const params = new URLSearchParams(location.search);
const num = (name, fallback) => (params.has(name) ? Number(params.get(name)) : fallback);
const container = document.getElementById('map');
// The same place as the app's map element. Insets (`inset=top,right,bottom,left`, in pixels)
// follow the app's layout at any viewport (Lighthouse emulates 1350 × 940, the bench's own runs are
// 1280 × 800), so both always draw the same number of pixels; a fixed size (l, t, w, h) also works.
if (params.has('inset')) {
	const [top, right, bottom, left] = params.get('inset').split(',').map((value) => `${Number(value)}px`);
	Object.assign(container.style, { top, right, bottom, left });
} else if (params.has('w')) {
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
	// The area the app showed, fitted to this box (at the bench's viewport, the app's very camera).
	...(params.has('fit')
		? { bounds: params.get('fit').split(',').map(Number) }
		: { center: [num('lon', 36), num('lat', 35)], zoom: num('z', 4), bearing: num('b', 0), pitch: num('p', 0) }),
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
