import { expect, test } from 'vitest';
import { embedSnippet } from './embed-snippet';

test('a place embeds as its embed view, with the view parameters and the camera', () => {
	expect(embedSnippet('https://x.org/maps', '/place/damascus', '?layers=damascus&q=1', '#map=9/33.5/36.3', 'Damascus')).toBe(
		'<iframe src="https://x.org/maps/embed/place/damascus?layers=damascus#map=9/33.5/36.3" title="Map: Damascus" width="100%" height="480" style="border:0" loading="lazy"></iframe>'
	);
});

test('the overview embeds as /embed; a fragment that is no camera is dropped', () => {
	expect(embedSnippet('https://x.org', '/', '', '#transfer', 'All places')).toContain('src="https://x.org/embed"');
});

test('an embed embeds as itself', () => {
	expect(embedSnippet('https://x.org', '/embed/place/damascus', '', '', 'Damascus')).toContain('src="https://x.org/embed/place/damascus"');
	expect(embedSnippet('https://x.org', '/embed', '', '', 'x')).toContain('src="https://x.org/embed"');
});

test('quotes in a title or a parameter cannot leave the attribute', () => {
	const snippet = embedSnippet('https://x.org', '/', '?basemap="><b>', '', '"A" & <B>');
	expect(snippet).toContain('title="Map: &quot;A&quot; &amp; &lt;B&gt;"');
	expect(snippet).not.toContain('"><b>');
});
