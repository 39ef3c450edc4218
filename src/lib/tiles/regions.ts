import { bbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** Degrees of latitude the coast is cut around a place at least: a place page's view and room to pan (about 40 km). */
export const REGION_MARGIN_DEGREES = 0.35;

/**
 * The box around a place where the basemap's place-scale detail is cut: its footprint grown by
 * twice its own size and by at least REGION_MARGIN_DEGREES of latitude (more degrees of longitude
 * towards the poles, so the box stays about square on the map). Worked out from the dossier at
 * build time, so detail is wherever the places are, with no region named in the code.
 */
export function regionAround(footprint: Feature<Polygon | MultiPolygon>): Box {
	const [west, south, east, north] = bbox(footprint);
	const lat = (south + north) / 2;
	const growLat = Math.max(REGION_MARGIN_DEGREES, 2 * (north - south));
	const growLon = Math.max(REGION_MARGIN_DEGREES / Math.max(0.2, Math.cos((lat * Math.PI) / 180)), 2 * (east - west));
	return [Math.max(-180, west - growLon), Math.max(-85, south - growLat), Math.min(180, east + growLon), Math.min(85, north + growLat)];
}

/** Whether two boxes overlap. */
export const overlaps = (a: readonly number[], b: readonly number[]) => !(a[2]! < b[0]! || a[0]! > b[2]! || a[3]! < b[1]! || a[1]! > b[3]!);
