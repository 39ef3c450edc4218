import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextFeatures, namedPlaces, type NamedPoint } from '$lib/geo/context';
import { dossier } from '$lib/server/dossier';
import { gazetteer } from '$lib/server/gazetteer';

export const prerender = true;

/** The basemap's own cities, whose names the context must not write again. */
function basemapCities(): NamedPoint[] {
	const file = join(process.cwd(), 'static', 'basemap', 'cities.geojson');
	const { features } = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Point, Record<string, string | undefined>>;
	return features.map((f) => ({
		names: [f.properties.name, f.properties.name_ar, f.properties.name_ru].filter((n): n is string => Boolean(n)),
		coordinates: f.geometry.coordinates
	}));
}

/** Named populated places around this dossier's places, from GeoNames, computed at build time. */
export function GET() {
	const places = namedPlaces(dossier.places);
	return new Response(JSON.stringify(contextFeatures(gazetteer(), places, [...places, ...basemapCities()])), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
