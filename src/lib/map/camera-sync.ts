// The camera ↔ the URL's `#map=` (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#jumpto):
// what the URL asks for, how a route's frame is fitted, and the hash that names the view.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Bounds } from '$lib/geo/frame';
import { formatCameraHash, parseCameraHash } from '$lib/url/camera-hash';
import { clearOfControls, type ControlsBox } from './controls-room';
import { CONTROLS_BOTTOM, FIT_MARGIN, FIT_MAX_ZOOM } from './fit-options';

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The view a URL fragment names, as MapLibre's camera options, or undefined when it names none. */
export function cameraFromHash(hash: string) {
	const camera = parseCameraHash(hash);
	return camera && { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
}

/** How a route's frame is fitted: clear of the panels and the controls, with a margin, never closer than a street nor deeper than the basemap shows. */
export function fitOptions(padding: Padding, basemapMaxZoom: number) {
	const bottom = Math.max(padding.bottom, CONTROLS_BOTTOM);
	return {
		padding: { top: padding.top + FIT_MARGIN, right: padding.right + FIT_MARGIN, bottom: bottom + FIT_MARGIN, left: padding.left + FIT_MARGIN },
		maxZoom: Math.min(FIT_MAX_ZOOM, basemapMaxZoom)
	};
}

/** The room the map's top-right controls take from its corner, as laid out now (none before they are added). */
function controlsBox(map: MaplibreMap): ControlsBox {
	const corner = map.getContainer().querySelector('.maplibregl-ctrl-top-right');
	if (!corner?.childElementCount) return { width: 0, height: 0 };
	const box = corner.getBoundingClientRect();
	const container = map.getContainer().getBoundingClientRect();
	return { width: container.right - box.left, height: box.bottom - container.top };
}

/** `fitOptions`, with the room the top-right controls take given up where a place of `points` would fall under them. */
export function frameOptions(map: MaplibreMap, frame: Bounds, points: readonly [number, number][], padding: Padding, basemapMaxZoom: number) {
	const options = fitOptions(padding, basemapMaxZoom);
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	return { ...options, padding: clearOfControls(frame, points, { width, height, ...options }, controlsBox(map)) };
}

/**
 * Puts the camera where the fragment says, or frames `frame` with `points` (the places it shows)
 * clear of the controls; a jump unless `animate`.
 */
export function applyCamera(
	map: MaplibreMap,
	{ hash, frame, points, padding, maxZoom, animate }: { hash: string | undefined; frame: Bounds; points: readonly [number, number][]; padding: Padding; maxZoom: number; animate: boolean }
) {
	const camera = hash === undefined ? undefined : cameraFromHash(hash);
	if (camera) map.jumpTo(camera);
	else map.fitBounds(frame, { ...frameOptions(map, frame, points, padding, maxZoom), animate, duration: 1200 });
}

/** The fragment that names the map's view now, other parts of `current` kept. */
export function hashOf(map: MaplibreMap, current: string): string {
	const { lng, lat } = map.getCenter();
	return formatCameraHash({ zoom: map.getZoom(), lat, lon: lng, bearing: map.getBearing(), pitch: map.getPitch() }, current);
}
