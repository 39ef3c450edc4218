import { offlineBasemap } from '../map/basemaps';
import { DESKTOP_CONTROLS } from '../map/controls-room';
import { CONTROLS_BOTTOM, FIT_MARGIN, FIT_MAX_ZOOM } from '../map/fit-options';
import type { Viewport } from './fit';
import { BANNER_HEIGHT } from './render';

/** The static map draws the offline basemap: framed no deeper than it shows something, as the live map is. */
const MAX_ZOOM = Math.min(FIT_MAX_ZOOM, offlineBasemap.maxzoom);

/** The desktop layout's map area in a 1280 × 800 window: the width beside the 400 px panel (app.css), framed as the live map frames it (camera-sync.ts). */
export const DESKTOP_MAP: Viewport = {
	width: 1280 - 400,
	height: 800,
	padding: { top: FIT_MARGIN, right: FIT_MARGIN, bottom: CONTROLS_BOTTOM + FIT_MARGIN, left: FIT_MARGIN },
	maxZoom: MAX_ZOOM,
	controls: DESKTOP_CONTROLS
};

/** A link preview (`og:image`): 1200 × 630, the map fitted above its title band. */
export const LINK_PREVIEW: Viewport = {
	width: 1200,
	height: 630,
	padding: { top: FIT_MARGIN, right: FIT_MARGIN, bottom: BANNER_HEIGHT + FIT_MARGIN, left: FIT_MARGIN },
	maxZoom: MAX_ZOOM
};
