import { expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { routeFocus } from '$lib/data/route-focus';
import { validateDossier } from '$lib/data/validate';
import { dossierIndex, placeDetail, sourceDetail } from '$lib/data/views';
import { boundsUnion } from '$lib/geo/frame';

const { dossier } = validateDossier(readGeodataFiles(process.cwd()));
const index = dossierIndex(dossier!);
const source = dossier!.sources[0]!.id;

test('a place page, and its embed, select the place and frame it', () => {
	const detail = placeDetail(dossier!, 'sednaya-prison')!;
	for (const id of ['/place/[id]', '/embed/place/[id]'])
		expect(routeFocus({ id, params: { id: 'sednaya-prison' }, hash: '' }, { detail }, index.overview)).toEqual({
			selected: ['sednaya-prison'],
			frame: detail.place.frame
		});
});

test('a source page selects the places of the excerpt its fragment names, and frames them together', () => {
	const detail = sourceDetail(dossier!, source)!;
	const line8 = detail.excerpts.find((excerpt) => excerpt.id === 'line-8')!;
	expect(line8.places.length).toBeGreaterThan(1);
	const focus = routeFocus({ id: '/source/[id]', params: { id: source }, hash: '#line-8&map=5/1/2' }, { source: detail }, index.overview);
	expect(focus.selected).toEqual(line8.places);
	expect(focus.frame).toEqual(boundsUnion(line8.places.map((id) => detail.refs.places[id]!.frame)));
});

test('a source page without a fragment, or with one that names nothing, selects nothing and frames every place', () => {
	const detail = sourceDetail(dossier!, source)!;
	for (const hash of ['', '#no-such-line', '#%E0%A4%A'])
		expect(routeFocus({ id: '/source/[id]', params: { id: source }, hash }, { source: detail }, index.overview)).toEqual({ selected: [], frame: index.overview });
});

test('the overview and any other route select nothing and frame every place', () => {
	expect(routeFocus({ id: '/', params: {}, hash: '#transfer' }, {}, index.overview)).toEqual({ selected: [], frame: index.overview });
	expect(routeFocus({ id: null, params: {}, hash: '' }, {}, index.overview)).toEqual({ selected: [], frame: index.overview });
});
