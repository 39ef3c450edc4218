import type { FeatureCollection, Point } from 'geojson';
import type { Dossier } from '$lib/data/types';
import { contextFeatures, namedPlaces, type ContextProperties } from '$lib/geo/context';
import { nativeName } from '$lib/lang/native-names';
import { fold } from '$lib/text/fold';
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

/** Named populated places around a dossier's places, from GeoNames, worked out as the site is built. */
export function dossierContext(places: Dossier['places']): FeatureCollection<Point, ContextProperties> {
	const named = namedPlaces(places);
	return contextFeatures(contextRecords(), named, named);
}
