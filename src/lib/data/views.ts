import type { Bounds } from '../geo/frame';
import { placeFrame, unionFrame } from '../geo/frame';
import { footprintAreaKm2 } from '../geo/area';
import { distanceKm } from '../geo/distance';
import type { SearchEntry } from './search';
import type { Dossier, Excerpt, Source } from './types';

/** What every page needs to know of a place: small enough to ship on every route. */
export interface PlaceSummary {
	id: string;
	name: string;
	names: Record<string, string>;
	aliases: string[];
	kind: string;
	country: string;
	description: string;
	layer: string;
	color: string;
	/** `[longitude, latitude]` of the anchor point. */
	anchor: [number, number];
	anchorOrigin: string;
	footprintOrigin: string;
	precisionM: number;
	areaKm2: number;
	frame: Bounds;
	excerptCount: number;
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
	place: PlaceSummary;
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
			names: place.names,
			aliases: place.aliases,
			kind: place.kind,
			country: place.country,
			description: place.description,
			layer: layer.id,
			color: layer.color,
			anchor: place.anchor.geometry.coordinates as [number, number],
			anchorOrigin: place.anchor.properties.origin,
			footprintOrigin: place.footprint.properties.origin,
			precisionM: place.footprint.properties.precision_m,
			areaKm2: footprintAreaKm2(place.footprint),
			frame: placeFrame(place.footprint),
			excerptCount: counts.get(place.id) ?? 0
		};
	});
	// The list follows the map's layers, top first, as a legend does.
	const order = [...dossier.layers].reverse().flatMap((layer) => (layer.kind === 'places' ? layer.places : []));
	places.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
	return {
		sources: dossier.sources.map(({ text: _text, captionLines: _lines, ...summary }) => summary),
		places,
		layers: dossier.layers.map((layer) => ({
			id: layer.id,
			name: layer.name,
			kind: layer.kind,
			color: layer.color,
			places: layer.kind === 'places' ? layer.places : [layer.from],
			excerpts: layer.kind === 'arc' ? quoted.filter((e) => layer.excerpts.includes(`${e.source}/${e.id}`)) : []
		})),
		overview: unionFrame(dossier.places.map((place) => place.footprint))
	};
}

export function placeDetail(dossier: Dossier, index: DossierIndex, id: string): PlaceDetail | undefined {
	const place = index.places.find((candidate) => candidate.id === id);
	if (!place) return undefined;
	return {
		place,
		excerpts: quoteAll(dossier).filter((excerpt) => excerpt.places.includes(id)),
		distances: index.places
			.filter((other) => other.id !== id)
			.map((other) => ({ id: other.id, name: other.name, km: distanceKm(place.anchor, other.anchor) }))
			.sort((a, b) => a.km - b.km)
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

function quoteAll(dossier: Dossier): QuotedExcerpt[] {
	const titles = new Map(dossier.sources.map((source) => [source.id, source.title]));
	return dossier.excerpts.map((excerpt) => ({ ...excerpt, sourceTitle: titles.get(excerpt.source)! }));
}
