// https://maplibre.org/maplibre-style-spec/layers/
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { dataPath } from '../url/paths';
import { FONT_REGULAR, withNativeName } from './label-text';

/** The id of the GeoJSON source of named populated places around the dossier's places. */
export const CONTEXT_SOURCE = 'context';

/**
 * Named populated places (GeoNames) around the dossier's places, as a source and a dot and a label
 * layer, for the offline basemap or on top of any other (imagery). Larger places show from lower
 * zooms and win label collisions.
 * @param assets - absolute URL of the app's static root, where its `dataPath.context` is served
 */
export function contextStyle(assets: string): { source: SourceSpecification; layers: LayerSpecification[] } {
	// rank 1 (a million or more) from zoom 5 … rank 6 (villages) from zoom 10.
	const filter: ExpressionSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 0, 5, 1, 6, 2, 7, 3, 8, 4, 9, 5, 10, 6]];
	return {
		source: { type: 'geojson', data: `${assets}${dataPath.context}`, attribution: 'GeoNames, CC BY 4.0' },
		layers: [
			{
				id: 'context-dots',
				type: 'circle',
				source: CONTEXT_SOURCE,
				filter,
				paint: {
					'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 1.6, 12, 3],
					'circle-color': '#8a857d',
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 0.8
				}
			},
			{
				id: 'context-labels',
				type: 'symbol',
				source: CONTEXT_SOURCE,
				filter,
				layout: {
					'text-field': withNativeName(['get', 'native']),
					'text-font': FONT_REGULAR,
					'text-size': ['match', ['get', 'rank'], 1, 13, 2, 12, 3, 12, 11],
					'symbol-sort-key': ['-', 0, ['get', 'population']],
					'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
					'text-radial-offset': 0.5,
					'text-justify': 'auto',
					'text-max-width': 9
				},
				paint: { 'text-color': '#5f5a53', 'text-halo-color': 'rgba(243,241,236,0.9)', 'text-halo-width': 1.2 }
			}
		]
	};
}
