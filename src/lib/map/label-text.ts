// What a label says and in which face (https://maplibre.org/maplibre-style-spec/types/#formatted).
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** A label in English with the native name, when there is one, on a second line. */
export function withNativeName(native: ExpressionSpecification): ExpressionSpecification {
	return [
		'case',
		['to-boolean', native],
		['format', ['get', 'name'], {}, '\n', {}, native, { 'font-scale': 0.9 }],
		['get', 'name']
	];
}
