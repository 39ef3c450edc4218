import { boundsUnion, type Bounds } from '../geo/frame';
import { fragmentTarget } from '../url/fragment';
import type { PlaceDetail, SourceDetail } from './views';

/** What a route is about: the places it selects on the map and the frame the camera fits. */
export interface RouteFocus {
	selected: string[];
	frame: Bounds;
}

/** The route as SvelteKit names it, and its fragment (an excerpt's id on `/source/…`). */
export interface RouteInfo {
	id: string | null;
	params: Partial<Record<string, string>>;
	hash: string;
}

/**
 * One place on its page; on a source, the places of the excerpt the fragment names; elsewhere
 * nothing, framed on every place. Frames come from the page's own data, which names every place it
 * shows (a place's page holds the place; a source's, the places of its excerpts).
 * @param data - the page's data: `detail` on a place page, `source` on a source page
 * @param overview - the frame of every place, for routes that select none
 */
export function routeFocus(
	route: RouteInfo,
	data: { detail?: Pick<PlaceDetail, 'place'>; source?: Pick<SourceDetail, 'excerpts' | 'refs'> },
	overview: Bounds
): RouteFocus {
	if ((route.id === '/place/[id]' || route.id === '/embed/place/[id]') && data.detail) return { selected: [data.detail.place.id], frame: data.detail.place.frame };
	if (route.id === '/source/[id]' && data.source) {
		const target = fragmentTarget(route.hash);
		const places = data.source.excerpts.find((excerpt) => excerpt.id === target)?.places ?? [];
		const frames = places.flatMap((id) => {
			const ref = data.source!.refs.places[id];
			return ref ? [ref.frame] : [];
		});
		return { selected: places, frame: boundsUnion(frames) ?? overview };
	}
	return { selected: [], frame: overview };
}
