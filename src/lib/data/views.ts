import type { Bounds } from '../geo/frame';
import { nearestContext } from '../geo/context';
import { placeFrame, unionFrame } from '../geo/frame';
import { footprintAreaKm2 } from '../geo/area';
import { PointIndex } from '../geo/point-index';
import { namesBesides } from '../text/fold';
import { dossierLinks, perDossier } from './links';
import type { SearchEntry } from './search';
import type { Dossier, Excerpt, Place, Source } from './types';

/** A place as other views name it: its link text, its colour, and where the camera goes. */
export interface PlaceRef {
	id: string;
	name: string;
	color: string;
	frame: Bounds;
}

/** A place in the list of all places (`/data/places.json`, fetched only where the list is shown). */
export interface PlaceSummary extends PlaceRef {
	layer: string;
	/** `[longitude, latitude]` of the anchor point. */
	anchor: [number, number];
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
	/** How many places the layer holds (0 for an arc). */
	placeCount: number;
	/** A layer of one place is that place in the legend; the places of a larger one are in `/data/places.json`. */
	place?: PlaceSummary;
	/** For arcs: the excerpts that report the journey. */
	excerpts: QuotedExcerpt[];
}

export type SourceSummary = Omit<Source, 'text' | 'captionLines'>;

/** An excerpt with the title of its source, ready to show as a quotation. */
export interface QuotedExcerpt extends Excerpt {
	sourceTitle: string;
	/** What pointing at it lights on the map: its places, or the arcs that report it. */
	targets: string[];
}

/** What a list of excerpts names, for its links and citations: their places and their sources. */
export interface ExcerptRefs {
	places: Record<string, PlaceRef>;
	sources: Record<string, SourceSummary>;
}

/**
 * What every page carries (the layout's data). Its size grows with the layers, never with the
 * places, sources or excerpts: a page per place times a list of every place would grow as the
 * square of the dossier.
 */
export interface DossierIndex {
	/** The first source, which titles the overview. */
	lead: SourceSummary | undefined;
	counts: { sources: number; places: number; excerpts: number };
	layers: LayerSummary[];
	overview: Bounds;
	/** For the excerpts of the arcs. */
	refs: ExcerptRefs;
	/** The alternative text of the overview's static map, added as the site is built. */
	mapAlt: string;
}

export interface PlaceDetail {
	place: PlaceFacts;
	/** In source order: source by source, then by offset. */
	excerpts: QuotedExcerpt[];
	/** Distances from this place's anchor to the nearest other places' anchors, nearest first. */
	distances: { id: string; name: string; km: number }[];
	refs: ExcerptRefs;
	/** The alternative text of the place's static map, added as the site is built. */
	mapAlt: string;
}

export interface SourceDetail {
	source: Source;
	/** In text order. */
	excerpts: QuotedExcerpt[];
	refs: ExcerptRefs;
	/** The alternative text of the source's static map, added as the site is built. */
	mapAlt: string;
}

/** Every place, top layer first as a legend reads. */
export const placeSummaries = perDossier((dossier): PlaceSummary[] => {
	const links = dossierLinks(dossier);
	const places = dossier.places.map((place): PlaceSummary => {
		const layer = links.layerOfPlace(place.id)!;
		return {
			id: place.id,
			name: place.name,
			layer: layer.id,
			color: layer.color,
			anchor: place.anchor.geometry.coordinates as [number, number],
			frame: placeFrame(place.footprint, { around: nearestContext(dossier.context, place.anchor.geometry.coordinates) }),
			excerptCount: links.excerptsOfPlace(place.id).length
		};
	});
	const order = [...dossier.layers].reverse().flatMap((layer) => (layer.kind === 'places' ? layer.places : []));
	const rank = new Map(order.map((id, i) => [id, i]));
	return places.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
});

/** A place in the list of every place (`/data/places.json`): what the index and the not-found page show of it. */
export type ListedPlace = Pick<PlaceSummary, 'id' | 'name' | 'layer' | 'excerptCount'>;

/**
 * Every place, top layer first, as the pages that list them all need it: the overview carries the
 * list in its HTML and again as data to hydrate, so it holds no more than they show.
 */
export const placeList = (dossier: Dossier): ListedPlace[] => placeSummaries(dossier).map(({ id, name, layer, excerptCount }) => ({ id, name, layer, excerptCount }));

/** The frame of every place together: the overview's, and the frame of routes that select none. */
export const overviewFrame = perDossier((dossier): Bounds => unionFrame(dossier.places.map((place) => place.footprint)));

/** The index every page carries; its static map's `mapAlt` is added by the endpoint that serves it. */
export function dossierIndex(dossier: Dossier): Omit<DossierIndex, 'mapAlt'> {
	const links = dossierLinks(dossier);
	const summaries = summaryLookup(dossier);
	const layers = dossier.layers.map((layer): LayerSummary => ({
		id: layer.id,
		name: layer.name,
		kind: layer.kind,
		color: layer.color,
		placeCount: layer.kind === 'places' ? layer.places.length : 0,
		place: layer.kind === 'places' && layer.places.length === 1 ? summaries.get(layer.places[0]!) : undefined,
		excerpts: layer.kind === 'arc' ? quoteAll(dossier, links.excerptsOfArc(layer.id)) : []
	}));
	const [lead] = dossier.sources;
	return {
		lead: lead && sourceSummary(lead),
		counts: { sources: dossier.sources.length, places: dossier.places.length, excerpts: dossier.excerpts.length },
		layers,
		overview: overviewFrame(dossier),
		refs: excerptRefs(dossier, layers.flatMap((layer) => layer.excerpts))
	};
}

/** The places and sources the given excerpts name. */
export function excerptRefs(dossier: Dossier, excerpts: readonly Excerpt[]): ExcerptRefs {
	const summaries = summaryLookup(dossier);
	const links = dossierLinks(dossier);
	const refs: ExcerptRefs = { places: {}, sources: {} };
	for (const excerpt of excerpts) {
		for (const id of excerpt.places) {
			const { name, color, frame } = summaries.get(id)!;
			refs.places[id] = { id, name, color, frame };
		}
		refs.sources[excerpt.source] ??= sourceSummary(links.source(excerpt.source)!);
	}
	return refs;
}

const sourceSummary = ({ text: _text, captionLines: _lines, ...summary }: Source): SourceSummary => summary;

/** How many other places a place page lists with their distances, nearest first. */
const NEAREST = 10;

/** A place's summary with the rest of its facts. */
export function placeFacts(place: Place, summary: PlaceSummary): PlaceFacts {
	return {
		...summary,
		names: namesBesides(place.name, place.names),
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

export function placeDetail(dossier: Dossier, id: string): Omit<PlaceDetail, 'mapAlt'> | undefined {
	const links = dossierLinks(dossier);
	const summary = summaryLookup(dossier).get(id);
	const place = links.place(id);
	if (!summary || !place) return undefined;
	const excerpts = quoteAll(dossier, links.excerptsOfPlace(id));
	return {
		place: placeFacts(place, summary),
		excerpts,
		distances: anchorIndex(dossier)
			.near(summary.anchor, { count: NEAREST, keep: (other) => other.id !== id })
			.map(({ item: other, km }) => ({ id: other.id, name: other.name, km })),
		refs: excerptRefs(dossier, excerpts)
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

export function sourceDetail(dossier: Dossier, id: string): Omit<SourceDetail, 'mapAlt'> | undefined {
	const links = dossierLinks(dossier);
	const source = links.source(id);
	if (!source) return undefined;
	const excerpts = quoteAll(dossier, links.excerptsOfSource(id));
	return { source, excerpts, refs: excerptRefs(dossier, excerpts) };
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** Each excerpt as a quotation, made once per dossier. */
const quotations = perDossier((dossier) => {
	const links = dossierLinks(dossier);
	return new Map(
		dossier.excerpts.map((excerpt) => [
			excerpt,
			{ ...excerpt, sourceTitle: links.source(excerpt.source)!.title, targets: [...links.targetsOfExcerpt(excerpt)] } satisfies QuotedExcerpt
		])
	);
});

const quoteAll = (dossier: Dossier, excerpts: readonly Excerpt[]): QuotedExcerpt[] => {
	const quoted = quotations(dossier);
	return excerpts.map((excerpt) => quoted.get(excerpt)!);
};

const summaryLookup = perDossier((dossier) => byId(placeSummaries(dossier)));

/** Every place's anchor in a spatial index: each place page lists its nearest without measuring them all. */
const anchorIndex = perDossier((dossier) => new PointIndex(placeSummaries(dossier), (summary) => summary.anchor));

/** One place's summary, looked up by id. */
export const placeSummary = (dossier: Dossier, id: string): PlaceSummary | undefined => summaryLookup(dossier).get(id);
