import { expect, test } from 'vitest';
import { previewMeta, siteUrl } from './surfaces';
import type { DossierIndex, PlaceDetail } from './views';

const index = { lead: { title: 'The story' }, mapAlt: 'Map of A and B' } as DossierIndex;
const detail = { place: { id: 'a', name: 'A', description: 'A place.' }, excerpts: [], mapAlt: 'Map of A' } as unknown as PlaceDetail;

test('the site address is an absolute http(s) URL without its trailing slash, or nothing', () => {
	expect(siteUrl('https://example.org/maps/')).toBe('https://example.org/maps');
	expect(siteUrl('https://example.org')).toBe('https://example.org');
	expect(siteUrl('')).toBeNull();
	expect(siteUrl(undefined)).toBeNull();
	expect(siteUrl('example.org')).toBeNull();
	expect(siteUrl('javascript:alert(1)')).toBeNull();
});

test('without the site’s address a preview has no picture or address rather than broken ones', () => {
	const meta = previewMeta({ kind: 'place', id: 'a' }, { detail }, index, { siteUrl: null }, { path: '/place/a', appName: 'Dossier Map' });
	const props = Object.fromEntries(meta.map((m) => ['property' in m ? m.property : m.name, m.content]));
	expect(props).toEqual({
		'og:title': 'A — Dossier Map',
		'og:description': 'A place.',
		'og:type': 'article',
		'og:site_name': 'Dossier Map',
		'twitter:card': 'summary_large_image'
	});
});

test('with the site’s address, og:image and og:url are absolute', () => {
	const meta = previewMeta({ kind: 'place', id: 'a' }, { detail }, index, { siteUrl: 'https://x.org/maps' }, { path: '/place/a', appName: 'D' });
	const props = Object.fromEntries(meta.map((m) => ['property' in m ? m.property : m.name, m.content]));
	expect(props['og:image']).toBe('https://x.org/maps/og/place/a.png');
	expect(props['og:url']).toBe('https://x.org/maps/place/a');
	expect(props['og:image:alt']).toBe('Map of A');
});
