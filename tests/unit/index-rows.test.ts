import { expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { indexRows, needsPlaceList } from '$lib/data/index-rows';
import { validateDossier } from '$lib/data/validate';
import { dossierIndex, placeSummaries } from '$lib/data/views';

const load = (root: string) => {
	const { dossier } = validateDossier(readGeodataFiles(root));
	if (!dossier) throw new Error(`${root}/geodata is invalid`);
	return dossier;
};
// One layer, "City gates", holds two places; "Harbour" and "Quay" one each.
const grouped = load('tests/fixtures/dossiers/grouped');
const ownDossier = load(process.cwd());

test('a layer of several places lists each of them once the list of places is loaded, and lights them all', () => {
	const rows = indexRows(dossierIndex(grouped).layers, placeSummaries(grouped));
	expect(rows.map((row) => [row.layer.id, row.places?.map((place) => place.id)])).toEqual([
		['quay', ['quay']],
		['harbour', ['harbour']],
		['gates', ['north-gate', 'south-gate']]
	]);
	expect(rows.find((row) => row.layer.id === 'gates')!.lights).toEqual(['north-gate', 'south-gate']);
});

test('before the list is loaded, a layer of several places says so (no places) and lights nothing; one-place layers need no list', () => {
	const index = dossierIndex(grouped);
	expect(needsPlaceList(index.layers)).toBe(true);
	const rows = indexRows(index.layers);
	expect(rows.find((row) => row.layer.id === 'gates')).toMatchObject({ places: undefined, lights: [] });
	expect(rows.find((row) => row.layer.id === 'harbour')).toMatchObject({ places: [{ id: 'harbour' }], lights: ['harbour'] });
});

test('every place of the dossier is in some row, and a row lights feature keys, never a layer of places', () => {
	for (const dossier of [grouped, ownDossier]) {
		const rows = indexRows(dossierIndex(dossier).layers, placeSummaries(dossier));
		const listed = rows.flatMap((row) => row.places ?? []).map((place) => place.id);
		expect(listed.sort()).toEqual(dossier.places.map((place) => place.id).sort());
		const keys = new Set([...dossier.places.map((place) => place.id), ...dossier.layers.filter((layer) => layer.kind === 'arc').map((layer) => layer.id)]);
		for (const row of rows) for (const key of row.lights) expect(keys, `${row.layer.id} lights ${key}`).toContain(key);
	}
});

test('the project’s own dossier, one place a layer, needs no list of places', () => {
	expect(needsPlaceList(dossierIndex(ownDossier).layers)).toBe(false);
});
