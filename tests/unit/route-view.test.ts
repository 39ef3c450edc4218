import { expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { mapOwnsHash, mapRoute, routeFocus, routeSurface } from '$lib/data/route-view';
import { validateDossier } from '$lib/data/validate';
import { dossierIndex, placeDetail, sourceDetail } from '$lib/data/views';
import { boundsUnion } from '$lib/geo/frame';

const { dossier } = validateDossier(readGeodataFiles(process.cwd()));
const index = dossierIndex(dossier!);
const source = dossier!.sources[0]!.id;

test('a place page, and its embed, select the place and frame it', () => {
	const detail = placeDetail(dossier!, 'sednaya-prison')!;
	for (const id of ['/place/[id]', '/embed/place/[id]'])
		expect(routeFocus(mapRoute(id, { id: 'sednaya-prison' }), '', { detail }, index.overview)).toEqual({
			selected: ['sednaya-prison'],
			frame: detail.place.frame
		});
});

test('a source page selects the places of the excerpt its fragment names, and frames them together', () => {
	const detail = sourceDetail(dossier!, source)!;
	const line8 = detail.excerpts.find((excerpt) => excerpt.id === 'line-8')!;
	expect(line8.places.length).toBeGreaterThan(1);
	const focus = routeFocus(mapRoute('/source/[id]', { id: source }), '#line-8&map=5/1/2', { source: detail }, index.overview);
	expect(focus.selected).toEqual(line8.places);
	expect(focus.frame).toEqual(boundsUnion(line8.places.map((id) => detail.refs.places[id]!.frame)));
});

test('a source page without a fragment, or with one that names nothing, selects nothing and frames every place', () => {
	const detail = sourceDetail(dossier!, source)!;
	for (const hash of ['', '#no-such-line', '#%E0%A4%A'])
		expect(routeFocus(mapRoute('/source/[id]', { id: source }), hash, { source: detail }, index.overview)).toEqual({ selected: [], frame: index.overview });
});

test('the overview and any other route select nothing and frame every place', () => {
	expect(routeFocus(mapRoute('/', {}), '#transfer', {}, index.overview)).toEqual({ selected: [], frame: index.overview });
	expect(routeFocus(mapRoute(null, {}), '', {}, index.overview)).toEqual({ selected: [], frame: index.overview });
	// A place route whose data did not load (the error page of an unknown id) frames every place too.
	expect(routeFocus(mapRoute('/place/[id]', { id: 'atlantis' }), '', {}, index.overview)).toEqual({ selected: [], frame: index.overview });
});

test('SvelteKit route ids map to what their map shows; an unknown route shows the overview', () => {
	expect(mapRoute('/place/[id]', { id: 'a' })).toEqual({ kind: 'place', id: 'a' });
	expect(mapRoute('/embed/place/[id]', { id: 'a' })).toEqual({ kind: 'place', id: 'a' });
	expect(mapRoute('/source/[id]', { id: 's' })).toEqual({ kind: 'source', id: 's' });
	for (const id of ['/', '/embed', '/404', null]) expect(mapRoute(id, {})).toEqual({ kind: 'overview' });
});

test('the map owns the fragment everywhere but on a source, where it names an excerpt', () => {
	expect(mapOwnsHash(mapRoute('/source/[id]', { id: 's' }))).toBe(false);
	for (const id of ['/', '/place/[id]', '/embed/place/[id]', '/embed', null]) expect(mapOwnsHash(mapRoute(id, { id: 'a' }))).toBe(true);
});

test('a place page and its embed show the place’s static map; a source its own; anything else the overview’s', () => {
	const shown = { mapAlt: 'Map of A' };
	const text = { mapAlt: 'Map of A and B, from s' };
	const overview = { mapAlt: 'Map of A and B' };
	expect(routeSurface(mapRoute('/place/[id]', { id: 'a' }), { detail: shown }, overview)).toEqual({ map: '/static-map/place/a.png', alt: 'Map of A', preview: '/og/place/a.png' });
	expect(routeSurface(mapRoute('/embed/place/[id]', { id: 'a' }), { detail: shown }, overview).map).toBe('/static-map/place/a.png');
	// A source opens framed as the overview: the overview's picture, with the source's own alt text.
	expect(routeSurface(mapRoute('/source/[id]', { id: 's' }), { source: text }, overview)).toEqual({ map: '/static-map/index.png', alt: 'Map of A and B, from s', preview: '/og/index.png' });
	expect(routeSurface(mapRoute('/404', {}), {}, overview)).toEqual({ map: '/static-map/index.png', alt: 'Map of A and B', preview: '/og/index.png' });
	// The error page of an unknown place has no data of it: it shows the overview's picture, not a missing one.
	expect(routeSurface(mapRoute('/place/[id]', { id: 'atlantis' }), {}, overview).map).toBe('/static-map/index.png');
});
