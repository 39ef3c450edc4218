import type { ArcLayer, Dossier, Excerpt, Layer, Mention, PlacesLayer, Place, Source } from './types';

/**
 * How an excerpt is named across a dossier: `<source-id>/<excerpt-id>` (an excerpt's id is unique
 * only within its source). Arc layers list their excerpts by this key.
 */
export function excerptKey(excerpt: Pick<Excerpt, 'source' | 'id'>): string {
	return `${excerpt.source}/${excerpt.id}`;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The words of an excerpt that name a place (all its mentions when no place is given), in text
 * order. Pure, so the views can ask it of an excerpt they were sent without the whole dossier.
 */
export function mentionsIn(excerpt: Pick<Excerpt, 'mentions'>, place?: string): readonly Mention[] {
	return place === undefined ? excerpt.mentions : excerpt.mentions.filter((mention) => mention.places.includes(place));
}

/** A mention together with the excerpt it lies in. */
export interface PlaceMention {
	excerpt: Excerpt;
	mention: Mention;
}

/**
 * The links of a dossier, the one place where they are worked out: which excerpts name which
 * place, which report an arc, which places an excerpt lights, and the lookups by id. Built once
 * per dossier with maps, so every question is a lookup, never a scan.
 *
 * It takes the dossier's parts as they are, so the validator can ask it before the dossier is
 * whole: an excerpt naming a place that is not there simply links to nothing.
 */
export interface DossierLinks {
	excerpt(key: string): Excerpt | undefined;
	place(id: string): Place | undefined;
	source(id: string): Source | undefined;
	/** The excerpts naming a place, in source order (source by source, then by offset). */
	excerptsOfPlace(place: string): readonly Excerpt[];
	/** The excerpts an arc layer lists, in its order. */
	excerptsOfArc(layer: string): readonly Excerpt[];
	/** A source's excerpts, in text order. */
	excerptsOfSource(source: string): readonly Excerpt[];
	/** The arc layers that list an excerpt. */
	arcsOfExcerpt(excerpt: Pick<Excerpt, 'source' | 'id'>): readonly string[];
	/**
	 * What pointing at an excerpt lights on the map: its places, or when it names none, the arcs
	 * that report it (an excerpt about the journey itself).
	 */
	targetsOfExcerpt(excerpt: Excerpt): readonly string[];
	/** The places layer that draws a place. */
	layerOfPlace(place: string): PlacesLayer | undefined;
	/** The words that name a place, with their excerpts, in source order. */
	mentionsOfPlace(place: string): readonly PlaceMention[];
}

export function linkDossier(parts: Pick<Dossier, 'places' | 'excerpts' | 'layers'> & { sources?: readonly Source[] }): DossierLinks {
	const excerpts = new Map<string, Excerpt>();
	const bySource = new Map<string, Excerpt[]>();
	const byPlace = new Map<string, Excerpt[]>();
	const mentionsByPlace = new Map<string, PlaceMention[]>();
	// The dossier lists its excerpts source by source, each source's in text order: lists keep it.
	for (const excerpt of parts.excerpts) {
		excerpts.set(excerptKey(excerpt), excerpt);
		push(bySource, excerpt.source, excerpt);
		for (const place of new Set(excerpt.places)) push(byPlace, place, excerpt);
		for (const mention of mentionsIn(excerpt)) for (const place of new Set(mention.places)) push(mentionsByPlace, place, { excerpt, mention });
	}
	const byArc = new Map<string, Excerpt[]>();
	const arcsOf = new Map<string, string[]>();
	const layerOf = new Map<string, PlacesLayer>();
	for (const layer of parts.layers) {
		if (layer.kind === 'places') {
			for (const place of layer.places) if (!layerOf.has(place)) layerOf.set(place, layer);
			continue;
		}
		for (const key of layer.excerpts) {
			const excerpt = excerpts.get(key);
			if (!excerpt) continue;
			push(byArc, layer.id, excerpt);
			push(arcsOf, key, layer.id);
		}
	}
	const places = new Map(parts.places.map((place) => [place.id, place]));
	const sources = new Map((parts.sources ?? []).map((source) => [source.id, source]));
	return {
		excerpt: (key) => excerpts.get(key),
		place: (id) => places.get(id),
		source: (id) => sources.get(id),
		excerptsOfPlace: (place) => byPlace.get(place) ?? EMPTY,
		excerptsOfArc: (layer) => byArc.get(layer) ?? EMPTY,
		excerptsOfSource: (source) => bySource.get(source) ?? EMPTY,
		arcsOfExcerpt: (excerpt) => arcsOf.get(excerptKey(excerpt)) ?? EMPTY,
		targetsOfExcerpt: (excerpt) => (excerpt.places.length > 0 ? excerpt.places : (arcsOf.get(excerptKey(excerpt)) ?? EMPTY)),
		layerOfPlace: (place) => layerOf.get(place),
		mentionsOfPlace: (place) => mentionsByPlace.get(place) ?? EMPTY
	};
}

/** The links of a whole dossier, built once however often they are asked for. */
export const dossierLinks = perDossier((dossier: Dossier) => linkDossier(dossier));

/** The arc layers of a dossier. */
export function arcLayers(layers: readonly Layer[]): ArcLayer[] {
	return layers.filter((layer): layer is ArcLayer => layer.kind === 'arc');
}

/** Worked out once per dossier, not once per page: prerendering asks for every place and source. */
export function perDossier<T>(work: (dossier: Dossier) => T): (dossier: Dossier) => T {
	const cache = new WeakMap<Dossier, T>();
	return (dossier) => {
		let value = cache.get(dossier);
		if (value === undefined) cache.set(dossier, (value = work(dossier)));
		return value;
	};
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
