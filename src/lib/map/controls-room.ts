// Framing clear of the map's top-right controls (zoom, compass, the folded basemap button): a place
// the frame puts in that corner is drawn under them, dot and label hidden (a dossier on Sudan put
// Jeddah there). The frame keeps its margin elsewhere; only when a place would fall under the
// controls does it give up the room they take, on the side that keeps the map closer.
import { fitView, paddingOf, type Padding, type Viewport } from '../static-map/fit';
import type { Bounds } from '../geo/frame';

/** The room the top-right controls take from the map's corner, in CSS pixels. */
export interface ControlsBox {
	width: number;
	height: number;
}

/**
 * The controls' box as a 1280 × 800 window lays them out (MapLibre's 10 px margins, its 29 px
 * buttons, the basemap button "Basemap: Map" as app.css sizes it): what the static map, drawn for
 * that window, keeps clear. The live map measures its own.
 */
export const DESKTOP_CONTROLS: ControlsBox = { width: 134, height: 160 };

/** A place's dot and its white ring, from its centre (dossier-style.ts draws 9 px at most, selected). */
const DOT = 12;

/**
 * The padding that frames `bounds` in `viewport` with no point under the top-right controls: the
 * viewport's own when none is, else that padding with the controls' width kept on the right or
 * their height on top, whichever frames closer (the right on a tie), or both when one is not enough.
 * @param points - `[longitude, latitude]` of the places the frame shows
 */
export function clearOfControls(bounds: Bounds, points: readonly [number, number][], viewport: Viewport, controls: ControlsBox): { top: number; right: number; bottom: number; left: number } {
	const pad = paddingOf(viewport.padding);
	const under = (padding: Padding) => {
		const { pixel } = fitView(bounds, { ...viewport, padding });
		return points.some((point) => {
			const [x, y] = pixel(point);
			return x > viewport.width - controls.width - DOT && y < controls.height + DOT;
		});
	};
	if (points.length === 0 || !under(pad)) return pad;
	const right = { ...pad, right: Math.max(pad.right, controls.width + DOT) };
	const top = { ...pad, top: Math.max(pad.top, controls.height + DOT) };
	const zoom = (padding: Padding) => fitView(bounds, { ...viewport, padding }).zoom;
	const clear = [right, top].filter((padding) => !under(padding)).sort((a, b) => zoom(b) - zoom(a));
	return clear[0] ?? { ...right, top: top.top };
}
