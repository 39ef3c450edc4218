// Switching the map's basemap (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setstyle),
// the dossier kept drawn into each.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { basemapStyle } from './basemap-style';
import type { Basemap } from './basemaps';
import type { DossierStyle } from './dossier-style';
import { withDossier } from './style';

/**
 * Sets another basemap on the map with the dossier drawn into it. A style at a URL gets the
 * dossier once MapLibre has fetched it; one the app makes gets it here: MapLibre waits for the
 * previous style to finish loading before it transforms, and a style that failed never does.
 */
export function setBasemap(
	map: MaplibreMap,
	basemap: Basemap,
	{ assets, dossier, visible }: { assets: string; dossier: DossierStyle; visible: readonly string[] }
) {
	const style = basemapStyle(basemap, assets);
	map.setStyle(typeof style === 'string' ? style : withDossier(style, dossier, visible), {
		diff: false,
		validate: basemap.kind === 'style',
		transformStyle: typeof style === 'string' ? (_previous, loaded) => withDossier(loaded, dossier, visible) : undefined
	});
}
