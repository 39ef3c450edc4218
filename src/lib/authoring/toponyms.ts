import { kindOfPopulatedPlace } from './add-place';
import type { GazetteerEntry, GeoparseOptions, PlaceKind, PlaceSummary, Toponym } from '../geoparse/types';
import { fold } from '../text/fold';

/** The geoparser as the commands use it, bound to its gazetteer: text in, toponyms out. */
export type Geoparser = (text: string, options: GeoparseOptions) => Toponym[];

/** What the commands ask the geoparser's gazetteer, beyond the toponyms: an entry's full facts. */
export type EntryLookup = (id: string) => GazetteerEntry | undefined;

/** Kinds a dossier draws as an anchor with a small footprint; regions, countries and waters are areas or lines. */
const POINT_LIKE: ReadonlySet<PlaceKind> = new Set(['populated place', 'airport', 'port', 'facility']);
export const isPointLike = (kind: PlaceKind) => POINT_LIKE.has(kind);

/** The GeoNames id of a `geonames:<id>` entry, else undefined. */
export function geonameidOf(id: string): number | undefined {
	const match = /^geonames:(\d+)$/.exec(id);
	return match ? Number(match[1]) : undefined;
}

/** A place as the `--json` output and the review list give it: exactly these fields. */
export function placeJson(place: PlaceSummary): PlaceSummary {
	return { id: place.id, name: place.name, kind: place.kind, country: place.country, lat: place.lat, lon: place.lon };
}

/** One line of a place: "Hammelburg, populated place, DE, 50.11633, 9.89143 (geonames:2911214)". */
export function describePlace(place: PlaceSummary): string {
	return `${place.name}, ${place.kind}${place.country ? `, ${place.country}` : ''}, ${place.lat}, ${place.lon} (${place.id})`;
}

/** The dossier kind a gazetteer kind becomes; a populated place is a city or a town by its size. */
export function dossierKind(entry: Pick<GazetteerEntry, 'kind' | 'population' | 'featureCode'>): string {
	if (entry.kind === 'populated place') return kindOfPopulatedPlace(entry.population, entry.featureCode);
	return entry.kind.replace(/ /g, '-');
}

/** A place id made of a name: lower-case ASCII words joined by hyphens ("" when none is left, e.g. Arabic). */
export function slug(text: string): string {
	return fold(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** An argument as a shell reads it: bare when safe, else in double quotes. */
export function shellWord(word: string): string {
	return /^[\w@%+=:,./-]+$/u.test(word) ? word : JSON.stringify(word);
}

/** Confidence as people read it: two decimals. */
export const formatConfidence = (confidence: number) => confidence.toFixed(2);
