import type { FeatureCollection, Point } from 'geojson';
import type { Dossier } from '$lib/data/types';
import { contextFeatures, namedPlaces, type ContextProperties } from '$lib/geo/context';
import { gazetteer } from './gazetteer';

/** Named populated places around a dossier's places, from GeoNames, worked out as the site is built. */
export function dossierContext(places: Dossier['places']): FeatureCollection<Point, ContextProperties> {
	const named = namedPlaces(places);
	return contextFeatures(gazetteer(), named, named);
}
