// The live map's style, composed: a basemap (offline-style.ts, or another) with the dossier's
// layers (dossier-style.ts) drawn into it. https://maplibre.org/maplibre-style-spec/
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DOSSIER_SOURCE } from './dossier-style';

/** A filter that keeps a layer's own role filter and shows only the visible dossier layers. */
export function visibleFilter(roleFilter: unknown, visible: readonly string[]): ExpressionSpecification {
	return ['all', roleFilter as ExpressionSpecification, ['in', ['get', 'layer'], ['literal', [...visible]]]];
}

/**
 * The basemap with the dossier drawn into it, as one style: the dossier's shapes under the
 * basemap's first label layer (place names stay readable), its own labels on top, only the visible
 * layers shown. Given to MapLibre whole (its `transformStyle`), so the tiles are laid out once,
 * not again for each filter or layer added after the style has loaded. A style that has the
 * dossier already is kept.
 */
export function withDossier(
	basemap: StyleSpecification,
	dossier: { source: SourceSpecification; layers: LayerSpecification[] },
	visible: readonly string[]
): StyleSpecification {
	// MapLibre sets its own serialised style again (as after a lost WebGL context), through the same
	// transform: that style already holds the dossier, with its filters as they are now.
	if (DOSSIER_SOURCE in basemap.sources) return basemap;
	const shown = dossier.layers.map((layer) => (layer.type !== 'background' ? { ...layer, filter: visibleFilter(layer.filter, visible) } : layer));
	const { layers } = basemap;
	const firstLabel = layers.findIndex((layer) => layer.type === 'symbol');
	const cut = firstLabel < 0 ? layers.length : firstLabel;
	return {
		...basemap,
		sources: { ...basemap.sources, [DOSSIER_SOURCE]: dossier.source },
		layers: [
			...layers.slice(0, cut),
			...shown.filter((layer) => layer.type !== 'symbol'),
			...layers.slice(cut),
			...shown.filter((layer) => layer.type === 'symbol')
		]
	};
}
