import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, isObject } from '../json-values';
import { pointProblems, polygonProblems } from '../../geo/geometry-problems';
import type { AnchorProperties, FootprintProperties, Place, Problem } from '../types';
import { FileCheck, stem } from './file-check';

/**
 * Checks one place file (`places/<id>.geojson`). `declaredId` is the id it declares, valid or not,
 * for the cross-file check of duplicates.
 */
export function validatePlace(file: string, text: string): { place?: Place; declaredId?: string; problems: Problem[] } {
	const check = new FileCheck(file);
	const { problems } = check;
	const collection = check.json(text);
	if (collection === undefined) return { problems };
	if (!isObject(collection) || collection.type !== 'FeatureCollection') {
		check.report('type', 'a place file must be a GeoJSON FeatureCollection');
		return { problems };
	}
	const props = isObject(collection.properties) ? collection.properties : (check.report('properties', 'object of place facts expected'), {});
	const id = check.id(props, 'id', 'properties.id');
	if (id !== undefined && id !== stem(check.file)) {
		check.report('properties.id', `"${id}" does not match the file name "${stem(check.file)}"`);
	}
	const name = check.string(props, 'name', 'properties.name');
	const kind = check.string(props, 'kind', 'properties.kind');
	const description = check.string(props, 'description', 'properties.description');
	const country = check.string(props, 'country', 'properties.country');
	if (country !== undefined && !/^[A-Z]{2}$/.test(country)) check.report('properties.country', `"${country}" is not an ISO 3166-1 alpha-2 code`);
	const aliases = check.stringArray(props, 'aliases');
	const names = props.names;
	// Empty when no data tags a name in the place's languages: a missing name is better than a wrong one.
	if (!isObject(names)) check.report('properties.names', 'object of native names by language tag expected, e.g. {"ar": "دمشق"} ({} when none is known)');
	else for (const [tag, value] of Object.entries(names)) {
		if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag)) check.report(`properties.names.${tag}`, 'key must be a BCP 47 language tag');
		if (typeof value !== 'string' || value.trim() === '') check.report(`properties.names.${tag}`, `non-empty string expected, ${describe(value)} found`);
	}

	// Optional: the gazetteer entry the place was placed from, which `dossier draft` matches on.
	if (props.gazetteer !== undefined && (typeof props.gazetteer !== 'string' || !/^[a-z0-9-]+:\S+$/.test(props.gazetteer))) {
		check.report('properties.gazetteer', `a gazetteer id like "geonames:170654" expected, ${describe(props.gazetteer)} found`);
	}

	if (!Array.isArray(collection.features)) check.report('features', 'array of GeoJSON features expected');
	const features: unknown[] = Array.isArray(collection.features) ? collection.features : [];
	features.forEach((feature, i) => {
		if (!isObject(feature) || feature.type !== 'Feature') check.report(`features[${i}].type`, `"Feature" expected, ${describe(isObject(feature) ? feature.type : feature)} found`);
	});
	const withRole = (role: string) => features.flatMap((feature, i) => (isObject(feature) && isObject(feature.properties) && feature.properties.role === role ? [[feature, i] as const] : []));
	const footprints = withRole('footprint');
	const anchors = withRole('anchor');
	if (footprints.length !== 1) check.report('features', `exactly one feature with properties.role "footprint" expected, ${footprints.length} found`);
	if (anchors.length !== 1) check.report('features', `exactly one feature with properties.role "anchor" expected, ${anchors.length} found`);

	let footprint: Feature<Polygon | MultiPolygon, FootprintProperties> | undefined;
	let anchor: Feature<Point, AnchorProperties> | undefined;
	if (footprints.length === 1) {
		const [feature, i] = footprints[0]!;
		const fp = feature.properties as Record<string, unknown>;
		const at = `features[${i}]`;
		if (fp.approximate !== true) check.report(`${at}.properties.approximate`, 'must be true: footprints are approximate and say so');
		if (typeof fp.precision_m !== 'number' || !(fp.precision_m > 0) || !Number.isFinite(fp.precision_m)) {
			check.report(`${at}.properties.precision_m`, `positive number of metres expected, ${describe(fp.precision_m)} found`);
		}
		check.string(fp, 'origin', `${at}.properties.origin`);
		const geometryProblems = polygonProblems(feature.geometry);
		for (const [path, message] of geometryProblems) check.report(path ? `${at}.geometry.${path}` : `${at}.geometry`, message);
		if (geometryProblems.length === 0) footprint = feature as never;
	}
	if (anchors.length === 1) {
		const [feature, i] = anchors[0]!;
		const at = `features[${i}]`;
		check.string(feature.properties as Record<string, unknown>, 'origin', `${at}.properties.origin`);
		const geometryProblems = pointProblems(feature.geometry);
		for (const [path, message] of geometryProblems) check.report(path ? `${at}.geometry.${path}` : `${at}.geometry`, message);
		if (geometryProblems.length === 0) anchor = feature as never;
		if (anchor && footprint && !booleanPointInPolygon(anchor.geometry.coordinates, footprint.geometry)) {
			check.report(`${at}.geometry.coordinates`, 'anchor lies outside the footprint');
		}
	}
	if (problems.length > 0 || !footprint || !anchor) return { declaredId: id, problems };
	const place: Place = {
		id: id!,
		name: name!,
		names: names as Record<string, string>,
		aliases: aliases!,
		kind: kind!,
		country: country!,
		description: description!,
		footprint,
		anchor
	};
	return { place, declaredId: id, problems };
}
