import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { geoPath } from 'd3-geo';
import type { DossierFeatureProperties } from '../data/types';

/** How many names an alt text lists before it counts the rest: a longer list helps no one listening. */
const MAX_NAMES = 12;

/** "A", "A and B", "A, B and C"; past a dozen, "A, B, … and 40 more". */
export function listOf(names: readonly string[]): string {
	if (names.length > MAX_NAMES) return `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`;
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The alternative text of a static map: the places it is about, then the other dossier places
 * and journeys in view. Plain text: whoever writes it into markup escapes it.
 * @param focus - keys of the places the map is about (none: every place in view leads)
 * @example "Map of Sednaya Prison, with Damascus in view"
 */
export function altText(
	features: FeatureCollection<Geometry, DossierFeatureProperties>,
	projection: GeoProjection,
	size: { width: number; height: number },
	focus: readonly string[] = []
): string {
	const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;
	const anchors = features.features.filter((f) => f.properties.role === 'anchor' && inView(projection((f.geometry as Point).coordinates as [number, number])!));
	const arcs = features.features.filter((f) => f.properties.role === 'arc' && geoPath(projection)(f));
	const lead = focus.length ? anchors.filter((f) => focus.includes(f.properties.key)) : anchors;
	const others = anchors.filter((f) => !lead.includes(f));
	const names = (list: typeof anchors) => [...new Set(list.map((f) => f.properties.name))];
	let alt = lead.length ? `Map of ${listOf(names(lead))}` : 'Map';
	if (others.length) alt += `, with ${listOf(names(others))} in view`;
	if (arcs.length) alt += `; drawn as a dashed line: ${listOf(names(arcs))}`;
	return alt;
}
