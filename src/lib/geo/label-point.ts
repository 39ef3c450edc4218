import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A point for a label that lies strictly inside the footprint, even when the footprint is
 * concave (its centroid may fall outside a crescent or a C-shape): the middle of the widest run
 * inside the footprint along a parallel through its middle, as JTS's InteriorPointArea does.
 *
 * Not `@turf/point-on-feature`: when the centroid falls outside, it returns the nearest vertex,
 * which is on the outline, so half the label would hang outside the place.
 * @param footprint - a Polygon or MultiPolygon feature
 * @returns `[longitude, latitude]`
 * @example labelPoint(cShapedFootprint) // in the C's back, not in its mouth
 */
export function labelPoint(footprint: Feature<Polygon | MultiPolygon>): Position {
	const { geometry } = footprint;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: { width: number; point: Position } | undefined;
	for (const rings of polygons) {
		const y = scanLatitude(rings[0]!);
		// Where the parallel crosses the rings; between the 1st and 2nd, 3rd and 4th… it is inside.
		const crossings: number[] = [];
		for (const ring of rings) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const [x1, y1] = ring[i] as [number, number];
				const [x2, y2] = ring[i + 1] as [number, number];
				if ((y1 > y) !== (y2 > y)) crossings.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
			}
		}
		crossings.sort((a, b) => a - b);
		for (let i = 0; i + 1 < crossings.length; i += 2) {
			const width = crossings[i + 1]! - crossings[i]!;
			if (!best || width > best.width) best = { width, point: [(crossings[i]! + crossings[i + 1]!) / 2, y] };
		}
	}
	// Only a ring of zero height has no run inside; the validator rejects those, but never throw.
	return best?.point ?? polygons[0]![0]![0]!;
}

/**
 * A latitude near the middle of the ring that passes through none of its vertices, so the scan
 * line crosses edges cleanly: halfway between the nearest vertex latitudes below and above the middle.
 */
function scanLatitude(ring: Position[]): number {
	const lats = ring.map((position) => position[1]!);
	const south = Math.min(...lats);
	const north = Math.max(...lats);
	const middle = (south + north) / 2;
	let below = south;
	let above = north;
	for (const lat of lats) {
		if (lat <= middle && lat > below) below = lat;
		if (lat > middle && lat < above) above = lat;
	}
	return (below + above) / 2;
}
