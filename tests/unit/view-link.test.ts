import { expect, test } from 'vitest';
import { embedPath } from '$lib/url/paths';
import { viewHref, viewQuery } from '$lib/url/view-link';

test('a link keeps the view parameters, in a fixed order, and drops the rest', () => {
	expect(viewQuery('?utm_source=x&basemap=streets&layers=damascus,sednaya-prison')).toBe('?layers=damascus,sednaya-prison&basemap=streets');
	expect(viewQuery('?q=1')).toBe('');
	expect(viewQuery('')).toBe('');
});

test('an empty layers value is kept: it means every layer hidden', () => {
	expect(viewQuery('?layers=')).toBe('?layers=');
});

test('values are encoded, so nothing in them can break out of the query', () => {
	expect(viewQuery('?layers=a%26b%3Dc%23d')).toBe('?layers=a%26b%3Dc%23d');
	expect(viewHref('', '/', '?basemap="><script>', 'x')).toBe('/?basemap=%22%3E%3Cscript%3E#x');
});

test('a link is the base, the path, the view and the fragment', () => {
	expect(viewHref('/sub', '/place/damascus', '?layers=damascus')).toBe('/sub/place/damascus?layers=damascus');
	expect(viewHref('', '/source/s', '?layers=transfer&x=1', 'line-26')).toBe('/source/s?layers=transfer#line-26');
	expect(viewHref('', '/', '')).toBe('/');
});

test('inside an embed, the overview and places lead to their embed views; other routes stay', () => {
	expect(embedPath('/')).toBe('/embed');
	expect(embedPath('/place/damascus')).toBe('/embed/place/damascus');
	expect(embedPath('/source/x')).toBe('/source/x');
});
