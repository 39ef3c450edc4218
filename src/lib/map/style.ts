// The live map's style, composed: a basemap (offline-style.ts, or another) with the dossier's
// layers (dossier-style.ts) drawn into it. https://maplibre.org/maplibre-style-spec/
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { visibleAnchors } from './cluster';
import { ANCHOR_SOURCE, DOSSIER_SOURCE, type DossierStyle } from './dossier-style';

/** A filter that keeps a layer's own role filter and shows only the visible dossier layers. */
export function visibleFilter(roleFilter: unknown, visible: readonly string[]): ExpressionSpecification {
	return ['all', roleFilter as ExpressionSpecification, ['in', ['get', 'layer'], ['literal', [...visible]]]];
}

/**
 * Whether a layer shows the visible dossier layers with a filter: those of the dossier source do.
 * The clustered anchors' layers do not: a layer's filter applies after clustering, so a cluster
 * would still count a hidden place; their source's data holds only the visible places instead.
 */
export const filtersVisible = (layer: LayerSpecification): boolean => 'source' in layer && layer.source === DOSSIER_SOURCE;

/**
 * The basemap with the dossier drawn into it, as one style: the dossier's areas and lines under the
 * basemap's first label layer (place names stay readable), its dots and labels on top (a basemap
 * symbol, such as an airport's, never hides a place's dot: it is drawn over Khmeimim's), only the visible
 * layers shown (filtered, and the clustered anchors' data cut to them). Given to MapLibre whole
 * (its `transformStyle`), so the tiles are laid out once, not again for each filter or layer
 * added after the style has loaded. A style that has the dossier already is kept.
 */
export function withDossier(
	basemap: StyleSpecification,
	dossier: DossierStyle,
	visible: readonly string[]
): StyleSpecification {
	// MapLibre sets its own serialised style again (as after a lost WebGL context), through the same
	// transform: that style already holds the dossier, with its filters as they are now.
	if (DOSSIER_SOURCE in basemap.sources) return basemap;
	const shown = dossier.layers.map((layer) => (filtersVisible(layer) && layer.type !== 'background' ? { ...layer, filter: visibleFilter(layer.filter, visible) } : layer));
	const anchors = { ...dossier.anchors, data: visibleAnchors((dossier.anchors as { data: FeatureCollection }).data, visible) } as SourceSpecification;
	const { layers } = basemap;
	const firstLabel = layers.findIndex((layer) => layer.type === 'symbol');
	const cut = firstLabel < 0 ? layers.length : firstLabel;
	return {
		...basemap,
		sources: { ...basemap.sources, [DOSSIER_SOURCE]: dossier.source, [ANCHOR_SOURCE]: anchors },
		layers: [
			...layers.slice(0, cut),
			...shown.filter((layer) => layer.type !== 'symbol' && layer.type !== 'circle'),
			...layers.slice(cut),
			...shown.filter((layer) => layer.type === 'symbol' || layer.type === 'circle')
		]
	};
}
