import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ContextProperties } from '../geo/context';

/** A text as it was published, with the facts about it. */
export interface Source {
	id: string;
	title: string;
	/** Why the title reads as it does, when it is not the published headline. */
	titleNote?: string;
	publisher: string | null;
	/** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
	date: string;
	dateNote?: string;
	/** BCP 47 language tag. */
	language: string;
	url: string | null;
	/** 1-based numbers of the lines that are photo captions. */
	captionLines: number[];
	text: string;
}

export type ExcerptKind = 'paragraph' | 'caption';

/**
 * Words inside an excerpt that name places: `source.text.slice(start, end) === text`, absolute
 * offsets like the excerpt's own. One mention may name several places ("our bases").
 */
export interface Mention {
	places: string[];
	start: number;
	end: number;
	text: string;
}

/** A span of a source that speaks of places: `source.text.slice(start, end) === quote`. */
export interface Excerpt {
	id: string;
	source: string;
	places: string[];
	start: number;
	end: number;
	quote: string;
	kind: ExcerptKind;
	/** 1-based line of the source the span lies on. */
	line: number;
	/** The words that name its places, in text order; each listed place has at least one. */
	mentions: Mention[];
}

export interface FootprintProperties {
	role: 'footprint';
	approximate: true;
	/** How far the outline may lie from the real boundary, in metres. */
	precision_m: number;
	origin: string;
}

export interface AnchorProperties {
	role: 'anchor';
	origin: string;
}

export interface Place {
	id: string;
	name: string;
	/** Native names keyed by BCP 47 tag (`ar`, `ru`, …). */
	names: Record<string, string>;
	/** Exact strings the sources use for the place. */
	aliases: string[];
	kind: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	description: string;
	footprint: Feature<Polygon | MultiPolygon, FootprintProperties>;
	anchor: Feature<Point, AnchorProperties>;
}

export interface PlacesLayer {
	id: string;
	name: string;
	kind: 'places';
	places: string[];
	color: string;
}

export interface ArcLayer {
	id: string;
	name: string;
	kind: 'arc';
	from: string;
	to: { name: string; coordinates: [number, number]; origin: string };
	/** Excerpts that report the journey, as `<source-id>/<excerpt-id>`. */
	excerpts: string[];
	color: string;
}

export type Layer = PlacesLayer | ArcLayer;

export interface Dossier {
	sources: Source[];
	places: Place[];
	/** Every excerpt, source by source, each source's in text order. */
	excerpts: Excerpt[];
	/** Bottom to top. */
	layers: Layer[];
	/**
	 * Named populated places around the dossier's places (GeoNames), when the build has looked them
	 * up: a place's frame takes in the nearest few, and the map labels them.
	 */
	context?: FeatureCollection<Point, ContextProperties>;
}

/** One thing wrong with the geodata, located as `file: json.path: message`. */
export interface Problem {
	file: string;
	path: string;
	message: string;
}

export function formatProblem({ file, path, message }: Problem): string {
	return path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;
}

/** Properties of every feature the map draws for a dossier. */
export interface DossierFeatureProperties {
	/** The place the feature belongs to, or the arc layer's id: the key for feature-state. */
	key: string;
	layer: string;
	role: 'footprint' | 'anchor' | 'arc';
	name: string;
	/** The place's first native name (Arabic, Russian…), for a second label line. */
	native?: string;
	color: string;
	/** An anchor whose footprint is too small to see in its place's opening view: ringed. */
	small?: boolean;
}
