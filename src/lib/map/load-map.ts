import type { FeatureCollection } from 'geojson';
import type { Component } from 'svelte';
import href from 'maplibre-gl/dist/maplibre-gl.css?url';
import { base } from '$app/paths';
import { fetchJson } from '../data/fetch-json';
import { dataPath } from '../url/paths';
import type { BasemapList } from './basemaps';

/**
 * MapLibre's stylesheet (mostly its control icons), fetched only when the map is drawn.
 * Imported as a plain URL, not as CSS: SvelteKit would put imported CSS in every page's head as a
 * render-blocking link, holding back the first paint of the text for a map that loads after it.
 * Resolves once the sheet applies, so the map never starts unstyled.
 */
function loadMapLibreCss(): Promise<void> {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	const loaded = new Promise<void>((resolve, reject) => {
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`could not load ${href}`));
	});
	document.head.append(link);
	return loaded;
}

let loading: Promise<{ MapView: Component<any>; data: FeatureCollection; basemaps: BasemapList }> | undefined;

/**
 * The map's code (MapView with MapLibre), style sheet, features and basemaps, fetched once. The client hook
 * starts it as the app boots, so MapLibre downloads and compiles while the page hydrates; the
 * layout awaits it to draw the map.
 */
export function loadMap() {
	loading ??= Promise.all([
		import('./MapView.svelte'),
		fetchJson<FeatureCollection>(fetch, base, dataPath.map),
		fetchJson<BasemapList>(fetch, base, dataPath.basemaps),
		loadMapLibreCss()
	]).then(([module, data, basemaps]) => ({ MapView: module.default, data, basemaps }));
	return loading;
}
