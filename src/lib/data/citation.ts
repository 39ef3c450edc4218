import type { SourceSummary } from './views';

/**
 * A citation for an excerpt, to paste into an article or a report: the exact quote, where it was
 * published, the place it speaks of, and the link that opens it in context.
 * @example citation('“…”', source, ['Sednaya Prison'], 'https://…/source/x#line-26')
 * // '“…” — Title (publisher not known, 2024-12), line 26. Place: Sednaya Prison. https://…'
 */
export function citation(
	excerpt: { quote: string; line: number },
	source: Pick<SourceSummary, 'title' | 'publisher' | 'date' | 'url'>,
	placeNames: readonly string[],
	link: string
): string {
	const publisher = source.publisher ?? 'publisher not known';
	const published = source.url ? ` ${source.url}` : '';
	const places = placeNames.length > 0 ? ` Place${placeNames.length > 1 ? 's' : ''}: ${placeNames.join(', ')}.` : '';
	return `“${excerpt.quote}” — ${source.title} (${publisher}, ${source.date}), line ${excerpt.line}.${published}${places} ${link}`;
}
