import type { Bounds } from '../geo/frame';
import { placeFrame, unionFrame } from '../geo/frame';
import { footprintAreaKm2 } from '../geo/area';
import { distanceKm } from '../geo/distance';
import type { SearchEntry } from './search';
import type { Dossier, Excerpt, Place, Source } from './types';

/** What every page needs to know of a place: small, since every page carries the whole list. */
export interface PlaceSummary {
	id: string;
	name: string;
	layer: string;
	color: string;
	/** `[longitude, latitude]` of the anchor point. */
	anchor: [number, number];
	frame: Bounds;
	excerptCount: number;
}

/** Everything about a place, for its own page and the export. */
export interface PlaceFacts extends PlaceSummary {
	names: Record<string, string>;
	aliases: string[];
	kind: string;
	country: string;
	description: string;
	anchorOrigin: string;
	footprintOrigin: string;
	precisionM: number;
	areaKm2: number;
}

export interface LayerSummary {
	id: string;
	name: string;
	kind: 'places' | 'arc';
	color: string;
	places: string[];
	/** For arcs: the excerpts that report the journey. */
	excerpts: QuotedExcerpt[];
}

export type SourceSummary = Omit<Source, 'text' | 'captionLines'>;

/** An excerpt with the title of its source, ready to show as a quotation. */
export interface QuotedExcerpt extends Excerpt {
	sourceTitle: string;
}

/** The root of the site's data: sources, places and layers, without excerpt text. */
export interface DossierIndex {
	sources: SourceSummary[];
	places: PlaceSummary[];
	layers: LayerSummary[];
	overview: Bounds;
}

export interface PlaceDetail {
	place: PlaceFacts;
	/** In source order: source by source, then by offset. */
	excerpts: QuotedExcerpt[];
	/** Distances from this place's anchor to every other place's anchor, nearest first. */
	distances: { id: string; name: string; km: number }[];
}

export interface SourceDetail {
	source: Source;
	/** In text order. */
	excerpts: QuotedExcerpt[];
}

export function dossierIndex(dossier: Dossier): DossierIndex {
	const quoted = quoteAll(dossier);
	const layerOf = new Map(dossier.layers.flatMap((layer) => (layer.kind === 'places' ? layer.places.map((id) => [id, layer] as const) : [])));
	const counts = new Map<string, number>();
	for (const excerpt of dossier.excerpts) for (const id of excerpt.places) counts.set(id, (counts.get(id) ?? 0) + 1);
	const places = dossier.places.map((place): PlaceSummary => {
		const layer = layerOf.get(place.id)!;
		return {
			id: place.id,
			name: place.name,
			layer: layer.id,
			color: layer.color,
			anchor: place.anchor.geometry.coordinates as [number, number],
			frame: placeFrame(place.footprint),
			excerptCount: counts.get(place.id) ?? 0
		};
	});
	// The list follows the map's layers, top first, as a legend does.
	const order = [...dossier.layers].reverse().flatMap((layer) => (layer.kind === 'places' ? layer.places : []));
	const rank = new Map(order.map((id, i) => [id, i]));
	places.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
	return {
		sources: dossier.sources.map(({ text: _text, captionLines: _lines, ...summary }) => summary),
		places,
		layers: dossier.layers.map((layer) => {
			const reported = new Set(layer.kind === 'arc' ? layer.excerpts : []);
			return {
				id: layer.id,
				name: layer.name,
				kind: layer.kind,
				color: layer.color,
				places: layer.kind === 'places' ? layer.places : [layer.from],
				excerpts: reported.size > 0 ? quoted.filter((e) => reported.has(`${e.source}/${e.id}`)) : []
			};
		}),
		overview: unionFrame(dossier.places.map((place) => place.footprint))
	};
}

/** How many other places a place page lists with their distances, nearest first. */
const NEAREST = 10;

/** A place's summary with the rest of its facts. */
export function placeFacts(place: Place, summary: PlaceSummary): PlaceFacts {
	return {
		...summary,
		names: place.names,
		aliases: place.aliases,
		kind: place.kind,
		country: place.country,
		description: place.description,
		anchorOrigin: place.anchor.properties.origin,
		footprintOrigin: place.footprint.properties.origin,
		precisionM: place.footprint.properties.precision_m,
		areaKm2: footprintAreaKm2(place.footprint)
	};
}

export function placeDetail(dossier: Dossier, index: DossierIndex, id: string): PlaceDetail | undefined {
	const summary = lookup(index).get(id);
	const place = placesOf(dossier).get(id);
	if (!summary || !place) return undefined;
	return {
		place: placeFacts(place, summary),
		excerpts: quotedByPlace(dossier).get(id) ?? [],
		distances: index.places
			.filter((other) => other.id !== id)
			.map((other) => ({ id: other.id, name: other.name, km: distanceKm(summary.anchor, other.anchor) }))
			.sort((a, b) => a.km - b.km)
			.slice(0, NEAREST)
	};
}

/** Everything the Find box searches, loaded only when someone starts to search. */
export function searchEntries(dossier: Dossier): SearchEntry[] {
	return [
		...dossier.places.map((place): SearchEntry => ({
			kind: 'place',
			id: place.id,
			name: place.name,
			terms: [place.name, ...Object.values(place.names), ...place.aliases]
		})),
		...dossier.excerpts.map(({ source, id, quote, places, line }): SearchEntry => ({ kind: 'excerpt', source, id, quote, places, line }))
	];
}

export function sourceDetail(dossier: Dossier, id: string): SourceDetail | undefined {
	const source = dossier.sources.find((candidate) => candidate.id === id);
	if (!source) return undefined;
	return { source, excerpts: quoteAll(dossier).filter((excerpt) => excerpt.source === id) };
}

// Worked out once per dossier, not once per page: prerendering asks for every place and source.
const quotedCache = new WeakMap<Dossier, QuotedExcerpt[]>();
const byPlaceCache = new WeakMap<Dossier, Map<string, QuotedExcerpt[]>>();
const lookupCache = new WeakMap<DossierIndex, Map<string, PlaceSummary>>();

function quoteAll(dossier: Dossier): QuotedExcerpt[] {
	let quoted = quotedCache.get(dossier);
	if (!quoted) {
		const titles = new Map(dossier.sources.map((source) => [source.id, source.title]));
		quoted = dossier.excerpts.map((excerpt) => ({ ...excerpt, sourceTitle: titles.get(excerpt.source)! }));
		quotedCache.set(dossier, quoted);
	}
	return quoted;
}

function quotedByPlace(dossier: Dossier): Map<string, QuotedExcerpt[]> {
	let byPlace = byPlaceCache.get(dossier);
	if (!byPlace) {
		byPlace = new Map();
		for (const excerpt of quoteAll(dossier)) {
			for (const id of excerpt.places) {
				const list = byPlace.get(id);
				if (list) list.push(excerpt);
				else byPlace.set(id, [excerpt]);
			}
		}
		byPlaceCache.set(dossier, byPlace);
	}
	return byPlace;
}

const placesCache = new WeakMap<Dossier, Map<string, Place>>();
function placesOf(dossier: Dossier): Map<string, Place> {
	let places = placesCache.get(dossier);
	if (!places) placesCache.set(dossier, (places = new Map(dossier.places.map((place) => [place.id, place]))));
	return places;
}

function lookup(index: DossierIndex): Map<string, PlaceSummary> {
	let places = lookupCache.get(index);
	if (!places) lookupCache.set(index, (places = new Map(index.places.map((place) => [place.id, place]))));
	return places;
}
