import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import type { Dossier } from '$lib/data/types';
import { contextFeatures, namedPlaces, type ContextProperties, type NamedPoint } from '$lib/geo/context';
import { gazetteer } from './gazetteer';

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
	return contextFeatures(gazetteer(), named, [...named, ...basemapCities()]);
}
