import { booleanClockwise, booleanValid, kinks } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, isObject } from '../data/json-values';

/**
 * What keeps a value from being an RFC 7946 Polygon or MultiPolygon geometry, as
 * `[json.path, message]` pairs relative to the geometry; empty when it is one.
 * Checks positions (numbers, longitude −180…180, latitude −90…90), closed rings of at least
 * four positions, right-hand winding (exterior counter-clockwise, holes clockwise) and
 * self-intersection.
 */
export function polygonProblems(geometry: unknown): [string, string][] {
	if (!isObject(geometry)) return [['', 'geometry must be an object']];
	const { type, coordinates } = geometry;
	if (type !== 'Polygon' && type !== 'MultiPolygon') {
		return [['type', `"Polygon" or "MultiPolygon" expected, ${describe(type)} found`]];
	}
	if (!Array.isArray(coordinates)) return [['coordinates', 'array expected']];
	const polygons: [string, unknown][] =
		type === 'Polygon'
			? [['coordinates', coordinates]]
			: coordinates.map((polygon, i): [string, unknown] => [`coordinates[${i}]`, polygon]);

	const problems: [string, string][] = [];
	for (const [path, rings] of polygons) {
		if (!Array.isArray(rings) || rings.length === 0) {
			problems.push([path, 'a polygon needs at least one ring']);
			continue;
		}
		rings.forEach((ring, r) => problems.push(...ringProblems(ring, `${path}[${r}]`, r === 0)));
	}
	if (problems.length > 0) return problems;

	// Each ring is simple by now, so any crossing left is between two rings (a hole poking out).
	const feature = { type: 'Feature' as const, properties: {}, geometry: geometry as never };
	const crossing = firstCrossing(geometry as never);
	if (crossing) {
		problems.push(['coordinates', `rings cross each other at ${crossing}`]);
	} else if (!booleanValid(feature)) {
		problems.push(['coordinates', 'not a valid simple-feature polygon (holes outside or touching)']);
	}
	return problems;
}

/** What is wrong with a GeoJSON Point geometry, as `[json.path, message]` pairs. */
export function pointProblems(geometry: unknown): [string, string][] {
	if (!isObject(geometry)) return [['', 'geometry must be an object']];
	if (geometry.type !== 'Point') return [['type', `"Point" expected, ${describe(geometry.type)} found`]];
	return positionProblems(geometry.coordinates, 'coordinates');
}

function ringProblems(ring: unknown, path: string, exterior: boolean): [string, string][] {
	if (!Array.isArray(ring)) return [[path, 'a ring must be an array of positions']];
	const problems = ring.flatMap((position, i) => positionProblems(position, `${path}[${i}]`));
	if (problems.length > 0) return problems;
	if (ring.length < 4) return [[path, `a ring needs at least 4 positions, ${ring.length} found`]];
	const first = ring[0] as Position;
	const last = ring[ring.length - 1] as Position;
	if (first[0] !== last[0] || first[1] !== last[1]) {
		return [[path, 'ring is not closed: the last position must equal the first']];
	}
	// Before the winding: the winding of a ring that crosses itself means nothing, and "reverse it"
	// would be the wrong advice.
	const crossing = firstCrossing({ type: 'LineString', coordinates: ring as Position[] });
	if (crossing) return [[path, `ring crosses itself at ${crossing}`]];
	const clockwise = booleanClockwise(ring as Position[]);
	if (exterior && clockwise) return [[path, 'exterior ring is clockwise; RFC 7946 wants counter-clockwise']];
	if (!exterior && !clockwise) return [[path, 'hole is counter-clockwise; RFC 7946 wants clockwise']];
	return [];
}

/** Where a line or polygon first crosses itself, as `[lon, lat]` to 6 decimals (floating-point noise hidden). */
function firstCrossing(geometry: LineString | Polygon | MultiPolygon): string | undefined {
	const point = kinks(geometry).features[0];
	if (!point) return undefined;
	const [lon, lat] = point.geometry.coordinates as [number, number];
	return `[${Number(lon.toFixed(6))}, ${Number(lat.toFixed(6))}]`;
}

function positionProblems(position: unknown, path: string): [string, string][] {
	if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
		return [[path, 'a position must be [longitude, latitude]']];
	}
	const [lon, lat] = position;
	if (typeof lon !== 'number' || !Number.isFinite(lon)) return [[`${path}[0]`, `longitude must be a finite number, ${describe(lon)} found`]];
	if (typeof lat !== 'number' || !Number.isFinite(lat)) return [[`${path}[1]`, `latitude must be a finite number, ${describe(lat)} found`]];
	if (lon < -180 || lon > 180) return [[`${path}[0]`, `longitude ${lon} is outside −180…180`]];
	if (lat < -90 || lat > 90) return [[`${path}[1]`, `latitude ${lat} is outside −90…90`]];
	return [];
}
