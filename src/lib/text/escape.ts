/**
 * The one escaping of text for markup: HTML or SVG/XML character data and attribute values in
 * either quote. The static map's SVG, the basemap credits MapLibre writes as HTML, the embed
 * snippet and the benchmark's floor pages all ask it; Svelte escapes what components write.
 * @example escapeMarkup(`<b title="x">Tom's</b>`) // '&lt;b title=&quot;x&quot;&gt;Tom&#39;s&lt;/b&gt;'
 */
export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
