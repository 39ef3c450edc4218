import { bbox, distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { foldName } from '../text/fold';
import { PointIndex } from './point-index';

/** A gazetteer place, as far as context selection needs it (see `GazetteerRecord`). */
export interface ContextRecord {
	geonameid: number;
	name: string;
	ascii: string;
	alternates: readonly string[];
	native?: { name: string };
	lon: number;
	lat: number;
	country: string;
	population: number;
}

/** A place already named on the map: a dossier anchor, or a city the basemap labels. */
export interface NamedPoint {
	names: readonly string[];
	coordinates: Position;
}

export interface ContextProperties {
	name: string;
	native?: string;
	population: number;
	/** 1 for a city of a million or more … 6 for a village, so labels thin out zooming out. */
	rank: number;
	country: string;
	geonames: number;
	origin: string;
}

export interface ContextOptions {
	/** How far around each dossier place to look, in km. @defaultValue 40 */
	radiusKm?: number;
	/** The most populous places kept around each dossier place. @defaultValue 25 */
	perPlace?: number;
	/** The nearest places kept around each dossier place, however small. @defaultValue 4 */
	nearest?: number;
	/** The most populous places kept across the overview (all places' bounds, padded). @defaultValue 40 */
	overview?: number;
	/** Padding of the overview's bounds, in degrees. @defaultValue 2 */
	paddingDeg?: number;
	/** A context place this close to a place of the same name already on the map is left out, in km. @defaultValue 10 */
	duplicateKm?: number;
}

/** Population classes of `rank`, largest first. */
const RANK_POPULATION = [1_000_000, 300_000, 100_000, 30_000, 10_000];

export const rankOf = (population: number) => {
	const i = RANK_POPULATION.findIndex((p) => population >= p);
	return i < 0 ? RANK_POPULATION.length + 1 : i + 1;
};

const byPopulation = (a: ContextRecord, b: ContextRecord) => b.population - a.population || a.geonameid - b.geonameid;
const km = (a: Position, b: Position) => distance(a, b, { units: 'kilometers' });

/**
 * The populated places that give every dossier place named surroundings: around each, the most
 * populous within `radiusKm` and always the nearest few; across the overview, the largest. Places
 * already named on the map (same name, within `duplicateKm`) are left out, so no name is written twice.
 * @param records - the gazetteer
 * @param places - the dossier's anchors
 * @param labelled - the dossier's anchors and the basemap's cities, with every name they write
 * @returns Points sorted by rank, then population, then GeoNames id
 * @example contextFeatures(gazetteer(), [{ names: ['Sednaya Prison'], coordinates: [36.36, 33.66] }], [])
 */
export function contextFeatures(
	records: readonly ContextRecord[],
	places: readonly NamedPoint[],
	labelled: readonly NamedPoint[],
	{ radiusKm = 40, perPlace = 25, nearest = 4, overview = 40, paddingDeg = 2, duplicateKm = 10 }: ContextOptions = {}
): FeatureCollection<Point, ContextProperties> {
	// Where each name is already written, by its folded spelling: a record is looked up by its names,
	// and only places of the same name are measured, so the check stays cheap for large dossiers.
	const labelledAt = new Map<string, Position[]>();
	for (const l of labelled) {
		for (const name of new Set(l.names.map(foldName))) {
			const at = labelledAt.get(name);
			if (at) at.push(l.coordinates);
			else labelledAt.set(name, [l.coordinates]);
		}
	}
	const isLabelled = (r: ContextRecord) =>
		[r.name, r.ascii, r.native?.name ?? '', ...r.alternates].some((name) => labelledAt.get(foldName(name))?.some((at) => km(at, [r.lon, r.lat]) <= duplicateKm));
	const kept = new Map<number, ContextRecord>();
	const keep = (r: ContextRecord) => kept.set(r.geonameid, r);

	// The gazetteer's records in a spatial index, built once: each place asks only for those around it.
	const index = recordIndex(records);
	const near = (p: Position) =>
		index
			.near(p, { maxKm: radiusKm })
			.filter(({ item }) => !isLabelled(item))
			.map(({ item, km: d }) => ({ r: item, d }));
	for (const place of places) {
		const around = near(place.coordinates);
		[...around].sort((a, b) => a.d - b.d || a.r.geonameid - b.r.geonameid).slice(0, nearest).forEach(({ r }) => keep(r));
		around.map(({ r }) => r).sort(byPopulation).slice(0, perPlace).forEach(keep);
	}
	if (places.length) {
		const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: places.map((p) => p.coordinates) });
		const largest = records.filter((r) => r.lon >= w - paddingDeg && r.lon <= e + paddingDeg && r.lat >= s - paddingDeg && r.lat <= n + paddingDeg).sort(byPopulation);
		let taken = 0;
		for (const r of largest) {
			if (taken >= overview) break;
			if (isLabelled(r)) continue;
			keep(r);
			taken++;
		}
	}

	const features = [...kept.values()]
		.sort((a, b) => rankOf(a.population) - rankOf(b.population) || byPopulation(a, b))
		.map((r): Feature<Point, ContextProperties> => ({
			type: 'Feature',
			id: r.geonameid,
			properties: {
				name: r.name || r.ascii,
				...(r.native ? { native: r.native.name } : {}),
				population: r.population,
				rank: rankOf(r.population),
				country: r.country,
				geonames: r.geonameid,
				origin: `GeoNames cities500 (CC BY 4.0), geonameid ${r.geonameid}`
			},
			geometry: { type: 'Point', coordinates: [round(r.lon), round(r.lat)] }
		}));
	return { type: 'FeatureCollection', features };
}

const recordIndexes = new WeakMap<readonly ContextRecord[], PointIndex<ContextRecord>>();
/** The gazetteer is one array for the whole build: indexed once, not once per dossier. */
function recordIndex(records: readonly ContextRecord[]): PointIndex<ContextRecord> {
	let index = recordIndexes.get(records);
	if (!index) recordIndexes.set(records, (index = new PointIndex(records, (r) => [r.lon, r.lat])));
	return index;
}

/** Five decimals, about a metre: GeoNames gives no more. */
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/** A dossier's places as the names they write and where (their anchors). */
export function namedPlaces(
	places: readonly { name: string; names: Record<string, string>; aliases: readonly string[]; anchor: Feature<Point> }[]
): NamedPoint[] {
	return places.map((p) => ({ names: [p.name, ...Object.values(p.names), ...p.aliases], coordinates: p.anchor.geometry.coordinates }));
}

/**
 * The `count` named places nearest to a point, within `maxKm`: what a place's frame takes in, so
 * that it opens among named surroundings.
 * @returns their `[longitude, latitude]`, nearest first
 */
export function nearestContext(
	context: FeatureCollection<Point, ContextProperties> | undefined,
	at: Position,
	{ count = 3, maxKm = 12 }: { count?: number; maxKm?: number } = {}
): Position[] {
	if (!context) return [];
	return contextIndex(context)
		.near(at, { count, maxKm })
		.map(({ item }) => item.geometry.coordinates);
}

const contextIndexes = new WeakMap<FeatureCollection<Point, ContextProperties>, PointIndex<Feature<Point, ContextProperties>>>();
/** Every place of a dossier asks for its nearest context: the context is indexed once. */
function contextIndex(context: FeatureCollection<Point, ContextProperties>): PointIndex<Feature<Point, ContextProperties>> {
	let index = contextIndexes.get(context);
	if (!index) contextIndexes.set(context, (index = new PointIndex(context.features, (feature) => feature.geometry.coordinates)));
	return index;
}
