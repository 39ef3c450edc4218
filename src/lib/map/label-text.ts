// What a label says and in which face (https://maplibre.org/maplibre-style-spec/types/#formatted).
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** A label in English with the native name, when there is one, on a second line. */
export function withNativeName(native: ExpressionSpecification, name: ExpressionSpecification = ['get', 'name']): ExpressionSpecification {
	return ['case', ['to-boolean', native], ['format', name, {}, '\n', {}, native, { 'font-scale': 0.9 }], name];
}
