import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** `[[west, south], [east, north]]`, as MapLibre's `fitBounds` takes it. */
export type Bounds = [[number, number], [number, number]];

/** Kilometres per degree of latitude (mean Earth radius 6371.0088 km × π / 180). */
const KM_PER_DEGREE = 111.195;

/**
 * Bounds that frame a place with its surroundings: the footprint's bounding box grown about its
 * centre to `context` times its size, and to at least `minSpanKm` each way, so the footprint takes
 * a minority of the view and a building still shows its district.
 * @param footprint - the place's footprint
 * @param options.context - how many times the footprint's extent the view spans @defaultValue 4
 * @param options.minSpanKm - the least width and height of the view, in kilometres @defaultValue 6
 * @param options.around - `[longitude, latitude]` of named places the view must take in, with a margin
 * @example placeFrame(cityOfCapitals.footprint) // about 6 km × 6 km around the towers
 */
export function placeFrame(
	footprint: Feature<Polygon | MultiPolygon>,
	{ context = 4, minSpanKm = 6, around = [] }: { context?: number; minSpanKm?: number; around?: readonly Position[] } = {}
): Bounds {
	const [west, south, east, north] = bbox(footprint);
	const centreLat = (south + north) / 2;
	const centreLon = (west + east) / 2;
	const kmPerDegreeLon = KM_PER_DEGREE * Math.cos((centreLat * Math.PI) / 180);
	// Grown about the footprint's centre to take in the named places `around` it, so the place
	// stays in the middle of its view.
	const halfLat = Math.max(((north - south) * context) / 2, minSpanKm / KM_PER_DEGREE / 2, ...around.map(([, lat = 0]) => Math.abs(lat - centreLat) * 1.15));
	const halfLon = Math.max(((east - west) * context) / 2, minSpanKm / kmPerDegreeLon / 2, ...around.map(([lon = 0]) => Math.abs(lon - centreLon) * 1.15));
	return [
		[centreLon - halfLon, centreLat - halfLat],
		[centreLon + halfLon, centreLat + halfLat]
	];
}

/** The bounds of several footprints together (for the overview). */
export function unionFrame(footprints: Feature<Polygon | MultiPolygon>[]): Bounds {
	const [west, south, east, north] = bbox({ type: 'FeatureCollection', features: footprints });
	return [
		[west, south],
		[east, north]
	];
}

/** The smallest bounds holding all of the given bounds; undefined for none. */
export function boundsUnion(all: readonly Bounds[]): Bounds | undefined {
	if (all.length === 0) return undefined;
	return [
		[Math.min(...all.map(([[west]]) => west)), Math.min(...all.map(([[, south]]) => south))],
		[Math.max(...all.map(([, [east]]) => east)), Math.max(...all.map(([, [, north]]) => north))]
	];
}

/** Earth's circumference at the equator in Web Mercator, in metres (2π × 6 378 137 m). */
const EQUATOR_M = 40_075_016.686;

/**
 * How wide a footprint is drawn at a zoom, in pixels of MapLibre's 512-px tiles.
 * @example footprintWidthPx(cityOfCapitals.footprint, 12) // about 20
 */
export function footprintWidthPx(footprint: Feature<Polygon | MultiPolygon>, zoom: number): number {
	const [west, south, east, north] = bbox(footprint);
	const metresPerPixel = (EQUATOR_M * Math.cos((((south + north) / 2) * Math.PI) / 180)) / (512 * 2 ** zoom);
	const widthM = ((east - west) / 360) * EQUATOR_M * Math.cos((((south + north) / 2) * Math.PI) / 180);
	return widthM / metresPerPixel;
}
