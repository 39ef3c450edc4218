import { geoMercator } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import type { Bounds } from '../geo/frame';

/** Room kept clear at each edge, in pixels, as MapLibre's `fitBounds` takes it. */
export type Padding = number | { top: number; right: number; bottom: number; left: number };

/** A map's size in CSS pixels and how its frame is fitted into it. */
export interface Viewport {
	width: number;
	height: number;
	padding: Padding;
	/** @defaultValue 22 (MapLibre's own limit) */
	maxZoom?: number;
	/** The room the map's top-right controls take, kept clear of the places a frame shows
	 * (map/controls-room.ts); none on a picture without controls. */
	controls?: { width: number; height: number };
}

/** MapLibre's tiles are 512 px: at zoom z the world is 512 · 2^z px wide. */
export const TILE_SIZE = 512;

export function paddingOf(padding: Padding) {
	return typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
}

/** A Web Mercator projection for a zoom level: d3's scale is the world's width over 2π. */
export function mercatorAtZoom(zoom: number): GeoProjection {
	return geoMercator().scale((TILE_SIZE * 2 ** zoom) / (2 * Math.PI));
}

/** A point in MapLibre's world at zoom 0 (512 px round the equator), from the equator at
 * Greenwich: x east, y south. The same numbers as d3's Mercator at that scale, without d3, so
 * that the live map's framing (map/controls-room.ts) does not bring d3 into the app's script. */
export function worldPoint([lon, lat]: readonly [number, number] | readonly number[]): [number, number] {
	return [(TILE_SIZE * lon!) / 360, (-TILE_SIZE / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360))];
}

/**
 * How MapLibre's `fitBounds` frames `bounds` in a viewport (bearing 0): the zoom at which they just
 * fit the room inside the padding, capped at `maxZoom`, their Mercator middle (zoom-0 world
 * pixels) at the middle of that room (`origin`), and where any point then falls on the map.
 */
export function fitView(bounds: Bounds, viewport: Viewport) {
	const { width, height, maxZoom = 22 } = viewport;
	const pad = paddingOf(viewport.padding);
	const [[west, south], [east, north]] = bounds;
	const [x0, y0] = worldPoint([west, north]);
	const [x1, y1] = worldPoint([east, south]);
	const roomX = width - pad.left - pad.right;
	const roomY = height - pad.top - pad.bottom;
	// A point frame (zero size) fits at any zoom: it gets maxZoom, as in MapLibre.
	const zoom = Math.min(Math.log2(roomX / (x1 - x0)), Math.log2(roomY / (y1 - y0)), maxZoom);
	const middle: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const origin: [number, number] = [pad.left + roomX / 2, pad.top + roomY / 2];
	const scale = 2 ** zoom;
	const pixel = (point: readonly [number, number]): [number, number] => {
		const [x, y] = worldPoint(point);
		return [origin[0] + (x - middle[0]) * scale, origin[1] + (y - middle[1]) * scale];
	};
	return { zoom, middle, origin, pixel };
}

/**
 * A d3 Web Mercator projection that frames `bounds` as MapLibre's `fitBounds` does at the same
 * size and padding (bearing 0): the zoom at which the bounds just fit the room inside the padding,
 * capped at `maxZoom`, with the bounds' Mercator centre in the middle of that room. So the static
 * picture and the live map's first frame coincide. Clipped to the viewport; edges are drawn straight
 * in projected space (precision 0), as MapLibre draws them.
 * @example fitMercator([[36.2, 33.6], [36.4, 33.7]], { width: 880, height: 800, padding: 48, maxZoom: 16 }).zoom
 */
export function fitMercator(bounds: Bounds, viewport: Viewport): { projection: GeoProjection; zoom: number; center: [number, number] } {
	const { width, height } = viewport;
	const { zoom, middle, origin } = fitView(bounds, viewport);
	const center = mercatorAtZoom(0).translate([0, 0]).invert!(middle)! as [number, number];
	const projection = mercatorAtZoom(zoom)
		.center(center)
		.translate(origin)
		.clipExtent([
			[0, 0],
			[width, height]
		])
		.precision(0);
	return { projection, zoom, center };
}
