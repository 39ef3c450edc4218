// The geoparser's contract: what a gazetteer entry is and what `geoparse(text, gazetteer)` returns.
// Pure types: the geoparser itself is pure and offline; the gazetteer is read from files by the
// build and the authoring CLI (server side) and handed in.

/** What kind of place a name stands for; the words around a name ("city", "river") imply one. */
export type PlaceKind =
	| 'populated place'
	| 'country'
	| 'region'
	| 'river'
	| 'lake'
	| 'sea'
	| 'airport'
	| 'port'
	| 'facility'
	| 'continent'
	/** An island, mountain range, desert, peninsula, plain… (Natural Earth's physical regions). */
	| 'landform';

/** One place the gazetteer knows. */
export interface GazetteerEntry {
	/** Stable and namespaced by its data set: `geonames:170654`, `ne-admin1:<ne_id>`, `ne-airports:<ne_id>`. */
	id: string;
	/** The English (or primary) name. */
	name: string;
	/** Every name it is known by — primary, ASCII, alternates, other languages' — each counting the same. */
	names: readonly string[];
	kind: PlaceKind;
	/** GeoNames feature code (PPLC, PPLA, PPL…) where the entry comes from GeoNames. */
	featureCode?: string;
	/** ISO 3166-1 alpha-2, null for places in no one country (seas, some rivers). */
	country: string | null;
	/** First-level region code within the country (GeoNames admin1), when known. */
	admin1?: string;
	lat: number;
	lon: number;
	/** Inhabitants, 0 when unknown or not a populated place. */
	population: number;
	/** Adjectives that name the place as a modifier ("Russian" for Russia), for countries. */
	adjectives?: readonly string[];
	/** Natural Earth's scalerank (0 most prominent … 10) for its entries: importance where there is no population. */
	rank?: number;
}

/** A place as the geoparser reports it (the `--json` output's `place`). */
export interface PlaceSummary {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	lat: number;
	lon: number;
}

/** A candidate the resolution set aside, and why. */
export interface Alternative extends PlaceSummary {
	reason: string;
}

/** One place name in a text and where it resolved. `text === source.slice(start, end)`. */
export interface Toponym {
	/** JavaScript string offsets into the text. */
	start: number;
	end: number;
	text: string;
	/** The kind the words imply or the resolution chose. */
	kind: PlaceKind;
	/** null when no candidate is sure enough (then `alternatives` says what was considered). */
	place: PlaceSummary | null;
	/** 0–1: how sure the resolution is that `place` is the one the text means. */
	confidence: number;
	alternatives: Alternative[];
	/** The words are an adjective that names the place ("Russian troops"), not its name. */
	adjective?: boolean;
}

export interface GeoparseOptions {
	/** BCP 47 tag of the text's language (`en`, `ar`); guessed from its letters when absent. */
	language?: string;
}
