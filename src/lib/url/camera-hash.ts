/**
 * The camera in the URL fragment, in MapLibre's own hash format: `#map=zoom/lat/lon[/bearing[/pitch]]`,
 * possibly beside other `key=value` parts joined by `&`. Pure: no DOM, never throws.
 *
 * Written here rather than with MapLibre's `hash: 'map'` option because the map lives in the layout
 * across routes, and on `/source/…` the fragment belongs to an excerpt: MapLibre's Hash cannot be
 * told to leave a route's fragment alone.
 */
export interface Camera {
	zoom: number;
	/** Degrees, −85.051129…85.051129 (Web Mercator's limit). */
	lat: number;
	/** Degrees, −180…180. */
	lon: number;
	/** Degrees, −180…180. @defaultValue 0 */
	bearing: number;
	/** Degrees, 0…85 (MapLibre's default maximum pitch is 60; 85 is the highest it allows). @defaultValue 0 */
	pitch: number;
}

const MAX_LAT = 85.051129;
const MAX_ZOOM = 24;

/**
 * Reads `map=` from a URL fragment (with or without the leading `#`).
 * @returns the camera, or undefined when the fragment has no `map=` part or it is malformed:
 * too few or too many numbers, anything not a finite number, or a value out of range.
 * @example parseCameraHash('#map=7/34.8/36.5') // { zoom: 7, lat: 34.8, lon: 36.5, bearing: 0, pitch: 0 }
 */
export function parseCameraHash(hash: string): Camera | undefined {
	const value = hashParts(hash).get('map');
	if (value === undefined) return undefined;
	const parts = value.split('/');
	if (parts.length < 3 || parts.length > 5) return undefined;
	// Number('') is 0 and Number(' 1') is 1: only plain decimal numbers count. The pattern has one
	// way to match each digit: `\d+\.?\d*` backtracked quadratically, 7 s on a 100 000-digit link.
	if (!parts.every((part) => /^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(part))) return undefined;
	const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map(Number) as [number, number, number, number?, number?];
	if (zoom < 0 || zoom > MAX_ZOOM) return undefined;
	if (Math.abs(lat) > MAX_LAT || Math.abs(lon) > 180) return undefined;
	if (Math.abs(bearing) > 180 || pitch < 0 || pitch > 85) return undefined;
	return { zoom, lat, lon, bearing, pitch };
}

/**
 * Writes the camera into a fragment, keeping its other parts, at MapLibre's precision: enough
 * decimals that the view moves less than half a pixel when read back.
 * @returns the new fragment, starting with `#`
 * @example formatCameraHash({ zoom: 7, lat: 34.81234, lon: 36.5, bearing: 0, pitch: 0 }, '') // '#map=7/34.812/36.5'
 */
export function formatCameraHash(camera: Camera, hash = ''): string {
	// derived from: 512 px × 2^zoom / 360° / 10^d < 0.5 px
	const decimals = Math.max(0, Math.ceil((camera.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
	const round = (value: number, digits: number) => {
		// Trailing zeros trimmed from toFixed, not String(Number(…)), which writes 1e-7 for a
		// longitude of 0.0000001: parseCameraHash takes plain decimals only.
		const fixed = value.toFixed(digits);
		const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
		return trimmed === '-0' ? '0' : trimmed;
	};
	// Rounding can carry a latitude at Mercator's limit past it (85.051129 → 85.05113), where
	// parseCameraHash would reject it: keep it at the limit.
	const lat = Math.abs(Number(camera.lat.toFixed(decimals))) > MAX_LAT ? String(Math.sign(camera.lat) * MAX_LAT) : round(camera.lat, decimals);
	let value = `${round(camera.zoom, 2)}/${lat}/${round(camera.lon, decimals)}`;
	if (camera.bearing || camera.pitch) value += `/${round(camera.bearing, 1)}`;
	if (camera.pitch) value += `/${round(camera.pitch, 0)}`;
	const parts = hashParts(hash);
	parts.set('map', value);
	return `#${[...parts].map(([key, part]) => (key ? `${key}=${part}` : part)).join('&')}`;
}

/** A fragment's `&`-joined parts; a part without `=` (e.g. an element id) is kept under its own text. */
function hashParts(hash: string): Map<string, string> {
	const parts = new Map<string, string>();
	for (const part of hash.replace(/^#/, '').split('&')) {
		if (part === '') continue;
		const equals = part.indexOf('=');
		if (equals < 0) parts.set('', part);
		else parts.set(part.slice(0, equals), part.slice(equals + 1));
	}
	return parts;
}
