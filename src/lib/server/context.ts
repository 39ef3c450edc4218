import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import type { Dossier } from '$lib/data/types';
import { contextFeatures, namedPlaces, type ContextProperties, type NamedPoint } from '$lib/geo/context';
import { nativeName } from '$lib/lang/native-names';
import { gazetteer, type GazetteerRecord } from './gazetteer';
import { taggedNames } from './geoparse-gazetteer';

let records: GazetteerRecord[] | undefined;

/**
 * The populated places the context may label, each with its name in its country's first official
 * language where GeoNames tags one (never a name picked by its alphabet).
 */
export function contextRecords(): GazetteerRecord[] {
	records ??= gazetteer().map((record) => {
		const native = nativeName(record.country, taggedNames(record.geonameid));
		// A local name spelt as the label already is ("Adana") would only repeat it.
		return native && fold(native.name) !== fold(record.name) ? { ...record, native } : record;
	});
	return records;
}

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The basemap's own cities, whose names the context must not write again. */
function basemapCities(): NamedPoint[] {
	const file = join(process.cwd(), 'static', 'basemap', 'cities.geojson');
	const { features } = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, Record<string, string | undefined>>;
	return features.map((f) => ({
		names: [f.properties.name, f.properties.name_ar, f.properties.name_ru].filter((n): n is string => Boolean(n)),
		coordinates: f.geometry.coordinates
	}));
}

/** Named populated places around a dossier's places, from GeoNames, worked out as the site is built. */
export function dossierContext(places: Dossier['places']): FeatureCollection<Point, ContextProperties> {
	const named = namedPlaces(places);
	return contextFeatures(contextRecords(), named, [...named, ...basemapCities()]);
}
