import { boundsUnion, type Bounds } from '../geo/frame';
import { fragmentTarget } from '../url/fragment';
import { previewImagePath, staticMapPath, type MapRoute, type PictureRoute } from '../url/paths';
import type { PlaceDetail, SourceDetail } from './views';

export type { MapRoute } from '../url/paths';

/**
 * What a SvelteKit route shows on its map. A place's page and its embed show the place; a source's
 * page its places; every other route (the overview, its embed, the 404 page) the overview.
 * @param id - `page.route.id`, null for an unknown path
 */
export function mapRoute(id: string | null, params: Partial<Record<string, string>>): MapRoute {
	if ((id === '/place/[id]' || id === '/embed/place/[id]') && params.id !== undefined) return { kind: 'place', id: params.id };
	if (id === '/source/[id]' && params.id !== undefined) return { kind: 'source', id: params.id };
	return { kind: 'overview' };
}

/** Whether a route is an embed (`/embed…`), shown compact inside another site's frame. */
export const isEmbed = (id: string | null): boolean => id?.startsWith('/embed') ?? false;

/** Whether a route is the overview or its embed: the index of places leads there. */
export const isOverview = (id: string | null): boolean => id === '/' || id === '/embed';

/**
 * Whether the URL's fragment belongs to the map's camera (`#map=…`). On a source's page it names
 * an excerpt, and a shared excerpt link must still scroll to it.
 */
export const mapOwnsHash = (route: MapRoute): boolean => route.kind !== 'source';

/** What a route is about: the places it selects on the map and the frame the camera fits. */
export interface RouteFocus {
	selected: string[];
	frame: Bounds;
}

/** The part of a page's data that says what its map shows. */
export interface RouteData {
	/** On a place's page: the place, with the frame of its opening view. */
	detail?: { place: Pick<PlaceDetail['place'], 'id' | 'frame'> };
	/** On a source's page: its excerpts and the frames of the places they name. */
	source?: Pick<SourceDetail, 'excerpts' | 'refs'>;
}

/**
 * One place on its page; on a source, the places of the excerpt the fragment names; elsewhere
 * nothing, framed on every place. Frames come from the page's own data, which names every place it
 * shows (a place's page holds the place; a source's, the places of its excerpts).
 * @param hash - the URL's fragment (an excerpt's id on a source's page)
 * @param overview - the frame of every place, for routes that select none
 */
export function routeFocus(route: MapRoute, hash: string, data: RouteData, overview: Bounds): RouteFocus {
	if (route.kind === 'place' && data.detail) return { selected: [data.detail.place.id], frame: data.detail.place.frame };
	if (route.kind === 'source' && data.source) {
		const target = fragmentTarget(hash);
		const places = data.source.excerpts.find((excerpt) => excerpt.id === target)?.places ?? [];
		const frames = places.flatMap((id) => {
			const ref = data.source!.refs.places[id];
			return ref ? [ref.frame] : [];
		});
		return { selected: places, frame: boundsUnion(frames) ?? overview };
	}
	return { selected: [], frame: overview };
}

/**
 * A route's static map, its alt text and its link-preview picture (paths under the app's base).
 * A place's page and embed show the place's picture; every other route the overview's, a source's
 * page too (it opens framed as the overview, as the live map does without a fragment), with its
 * own alt text, which names the source's places first. One picture for all sources, not one each:
 * a dossier of a thousand sources would otherwise draw every place a thousand times.
 */
export function routeSurface(
	route: MapRoute,
	data: { detail?: Pick<PlaceDetail, 'mapAlt'>; source?: Pick<SourceDetail, 'mapAlt'> },
	index: { mapAlt: string }
): { map: string; alt: string; preview: string } {
	const picture: PictureRoute = route.kind === 'place' && data.detail ? route : { kind: 'overview' };
	const alt = route.kind === 'place' && data.detail ? data.detail.mapAlt : route.kind === 'source' && data.source ? data.source.mapAlt : index.mapAlt;
	return { map: staticMapPath(picture, 'png'), alt, preview: previewImagePath(picture) };
}
