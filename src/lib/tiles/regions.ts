import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** Degrees of latitude the coast is cut around a place at least: a place page's view and room to pan (about 40 km). */
export const REGION_MARGIN_DEGREES = 0.35;

/** A footprint wider than this (degrees) is seen whole below the coast's zooms: only its anchor's surroundings get detail. */
export const REGION_MAX_SPAN_DEGREES = 1;

/**
 * The box around a place where the basemap's place-scale detail is cut: its footprint (or, for a
 * footprint wider than REGION_MAX_SPAN_DEGREES, its anchor) grown by REGION_MARGIN_DEGREES of
 * latitude (more degrees of longitude towards the poles, so the box stays about square on the
 * map). Worked out from the dossier at build time, so detail is wherever the places are, with no
 * region named in the code; bounded, so a thousand places cost a thousand small boxes.
 */
export function regionAround(footprint: Feature<Polygon | MultiPolygon>, anchor: Feature<Point>): Box {
	let [west, south, east, north] = bbox(footprint);
	if (east - west > REGION_MAX_SPAN_DEGREES || north - south > REGION_MAX_SPAN_DEGREES) {
		const [x = 0, y = 0] = anchor.geometry.coordinates;
		[west, south, east, north] = [x, y, x, y];
	}
	const lat = (south + north) / 2;
	const growLon = REGION_MARGIN_DEGREES / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
	return [Math.max(-180, west - growLon), Math.max(-85, south - REGION_MARGIN_DEGREES), Math.min(180, east + growLon), Math.min(85, north + REGION_MARGIN_DEGREES)];
}

/** Whether two boxes overlap. */
export const overlaps = (a: readonly number[], b: readonly number[]) => !(a[2]! < b[0]! || a[0]! > b[2]! || a[3]! < b[1]! || a[1]! > b[3]!);
