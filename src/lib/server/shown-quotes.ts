// What a prerendered page shows as quotations: the text a reader sees inside each <blockquote>,
// marks and Svelte's hydration comments taken out and character references decoded. The build
// check compares excerpts with this, not with the page's serialized data (where a `"` is `\"`).

/** A tag, its quoted attribute values allowed to hold `>`; or a comment. */
const MARKUP = /<!--[\s\S]*?-->|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const REFERENCE = /&(?:#(\d+)|#[xX]([0-9A-Fa-f]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment, as a reader sees it: markup removed, references decoded. */
export function textOf(html: string): string {
	return html
		.replace(MARKUP, '')
		.replace(REFERENCE, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
			name ? NAMED[name]! : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16))
		);
}

/**
 * The quotations a page shows: the text of each paragraph inside a `<blockquote>`, in page order.
 * @example quotesShown('<blockquote><p>A <mark>&quot;B&quot;</mark></p></blockquote>') // ['A "B"']
 */
export function quotesShown(html: string): string[] {
	const quotes: string[] = [];
	for (const [, inner] of html.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g)) {
		for (const [, paragraph] of inner!.matchAll(/<p\b(?:[^>"']|"[^"]*"|'[^']*')*>([\s\S]*?)<\/p>/g)) quotes.push(textOf(paragraph!));
	}
	return quotes;
}
