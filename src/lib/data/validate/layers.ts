import { describe, isObject } from '../json-values';
import { pointProblems } from '../../geo/geometry-problems';
import type { Layer, Problem } from '../types';
import { FileCheck } from './file-check';

export const LAYERS_FILE = 'geodata/layers.json';
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Checks `layers.json` against the place ids and excerpt keys the other files declare, and that no
 * place is drawn by two layers.
 */
export function validateLayers(text: string | undefined, placeIds: Set<string>, excerptKeys: Set<string>): { layers: Layer[]; problems: Problem[] } {
	const check = new FileCheck(LAYERS_FILE);
	const { problems } = check;
	if (text === undefined) return check.report('', 'missing: the map needs its layers'), { layers: [], problems };
	const root = check.json(text);
	if (root === undefined) return { layers: [], problems };
	if (!isObject(root) || !Array.isArray(root.layers)) return check.report('layers', 'array of layers expected'), { layers: [], problems };
	const seen = new Set<string>();
	const layers: Layer[] = [];
	root.layers.forEach((item, i) => {
		const at = `layers[${i}]`;
		if (!isObject(item)) return check.report(at, 'object expected');
		const before = problems.length;
		const id = check.id(item, 'id', `${at}.id`);
		if (id !== undefined) {
			if (seen.has(id)) check.report(`${at}.id`, `duplicate layer id "${id}"`);
			seen.add(id);
		}
		const name = check.string(item, 'name', `${at}.name`);
		const color = check.string(item, 'color', `${at}.color`);
		if (color !== undefined && !COLOR.test(color)) check.report(`${at}.color`, `"${color}" is not a #rrggbb colour`);
		if (item.kind === 'places') {
			const places = Array.isArray(item.places) ? item.places : (check.report(`${at}.places`, 'array of place ids expected'), []);
			if (Array.isArray(item.places) && places.length === 0) check.report(`${at}.places`, 'a layer needs at least one place');
			places.forEach((place: unknown, j: number) => {
				if (typeof place !== 'string' || !placeIds.has(place)) check.report(`${at}.places[${j}]`, `unknown place ${describe(place)}`);
			});
			if (problems.length === before) layers.push({ id: id!, name: name!, kind: 'places', places: places as string[], color: color! });
		} else if (item.kind === 'arc') {
			const from = check.string(item, 'from', `${at}.from`);
			if (from !== undefined && !placeIds.has(from)) check.report(`${at}.from`, `unknown place "${from}"`);
			const to = item.to;
			if (!isObject(to)) check.report(`${at}.to`, 'object {name, coordinates, origin} expected');
			else {
				check.string(to, 'name', `${at}.to.name`);
				check.string(to, 'origin', `${at}.to.origin`);
				for (const [path, message] of pointProblems({ type: 'Point', coordinates: to.coordinates })) check.report(`${at}.to.${path}`, message);
			}
			const excerpts = Array.isArray(item.excerpts) ? item.excerpts : (check.report(`${at}.excerpts`, 'array of "<source-id>/<excerpt-id>" expected'), []);
			excerpts.forEach((ref: unknown, j: number) => {
				if (typeof ref !== 'string' || !excerptKeys.has(ref)) check.report(`${at}.excerpts[${j}]`, `unknown excerpt ${describe(ref)}`);
			});
			if (problems.length === before) layers.push({ id: id!, name: name!, kind: 'arc', from: from!, to: to as never, excerpts: excerpts as string[], color: color! });
		} else {
			check.report(`${at}.kind`, `"places" or "arc" expected, ${describe(item.kind)} found`);
		}
	});
	// A place is drawn by exactly one layer.
	const layerOf = new Map<string, string>();
	layers.forEach((layer, i) => {
		if (layer.kind !== 'places') return;
		layer.places.forEach((id, j) => {
			const other = layerOf.get(id);
			if (other) check.report(`layers[${i}].places[${j}]`, `place "${id}" is already in layer "${other}"`);
			else layerOf.set(id, layer.id);
		});
	});
	return { layers, problems };
}
