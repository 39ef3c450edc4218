import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Basemap } from './basemaps';
import { escapeMarkup } from '../text/escape';
import { CONTEXT_SOURCE, contextStyle } from './context-style';
import { offlineBasemapStyle } from './offline-style';

/**
 * What MapLibre is given for a basemap: the offline style, a third party's style URL, or a style
 * of raster tiles with the app's own glyphs and named context, so labels draw on imagery too.
 * @param assets - absolute URL of the app's static root
 */
export function basemapStyle(basemap: Basemap, assets: string): StyleSpecification | string {
	if (basemap.kind === 'offline') return offlineBasemapStyle(assets);
	if (basemap.kind === 'style') return basemap.url;
	const context = contextStyle(assets);
	return {
		version: 8,
		name: basemap.name,
		glyphs: `${assets}/glyphs/{fontstack}/{range}.pbf`,
		sources: {
			imagery: {
				type: 'raster',
				tiles: [basemap.tiles],
				tileSize: basemap.tileSize,
				maxzoom: basemap.maxzoom,
				attribution: escapeMarkup(basemap.attribution)
			},
			[CONTEXT_SOURCE]: context.source
		},
		layers: [{ id: 'imagery', type: 'raster', source: 'imagery' }, ...context.layers]
	};
}

/** The sources a basemap brings that are not the app's own: their failures are the basemap's. */
export function isBasemapSource(sourceId: string | undefined, ownSources: ReadonlySet<string>): boolean {
	return sourceId !== undefined && !ownSources.has(sourceId);
}
