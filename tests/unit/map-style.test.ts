import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { CONTEXT_SOURCE, DOSSIER_SOURCE, contextStyle, dossierStyle, offlineBasemapStyle, withDossier, withoutDossierNames } from '../../src/lib/map/style';

const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const basemap = offlineBasemapStyle('https://app.example');
const dossier = dossierStyle(data);
const style = withDossier(basemap, dossier, ['damascus', 'transfer'], ['Damascus']);
const ids = style.layers.map((layer) => layer.id);
const filterOf = (id: string) => JSON.stringify((style.layers.find((layer) => layer.id === id) as { filter?: unknown }).filter);

describe('withDossier', () => {
	test('is a valid MapLibre style holding the basemap and the dossier source', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(Object.keys(style.sources)).toEqual([...Object.keys(basemap.sources), DOSSIER_SOURCE]);
	});

	test('puts the dossier shapes under the first basemap label and its labels on top', () => {
		const firstLabel = basemap.layers.findIndex((layer) => layer.type === 'symbol');
		expect(firstLabel).toBeGreaterThan(0);
		const shapes = dossier.layers.filter((layer) => layer.type !== 'symbol').map((layer) => layer.id);
		expect(ids.slice(firstLabel, firstLabel + shapes.length)).toEqual(shapes);
		expect(ids.at(-1)).toBe('dossier-label');
		expect(ids.filter((id) => !id.startsWith('dossier-'))).toEqual(basemap.layers.map((layer) => layer.id));
	});

	test('shows only the visible dossier layers, keeping each layer’s own role filter', () => {
		for (const layer of dossier.layers) {
			const filter = filterOf(layer.id);
			expect(filter).toContain('["literal",["damascus","transfer"]]');
			expect(filter).toContain(JSON.stringify((layer as { filter: unknown }).filter));
		}
	});

	test('leaves out of the basemap’s cities the names the dossier writes itself', () => {
		expect(filterOf('city-labels')).toContain('["match",["get","name"],["Damascus"],false,true]');
		expect(filterOf('city-dots')).toContain('["match",["get","name"],["Damascus"],false,true]');
	});

	test('the city filter is a table lookup that MapLibre evaluates as meant, for many names', () => {
		const names = Array.from({ length: 10_000 }, (_, i) => `Place ${i}`);
		const filter = withoutDossierNames(undefined, [...names, 'Damascus', 'Damascus'])!;
		const compiled = createExpression(filter, { type: 'boolean' } as never);
		if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
		const evaluate = (name: string) => compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { name }, geometry: [] } as never);
		expect(evaluate('Damascus')).toBe(false);
		expect(evaluate('Place 9999')).toBe(false);
		expect(evaluate('Homs')).toBe(true);
		expect(withoutDossierNames(['==', 1, 1], [])).toEqual(['==', 1, 1]);
	});

	test('a style that holds the dossier already (MapLibre setting its own style again) is kept as it is', () => {
		expect(withDossier(style, dossier, ['transfer'], ['Moscow'])).toBe(style);
	});

	test('a basemap with no labels gets the dossier on top, in order', () => {
		const bare = { ...basemap, layers: basemap.layers.filter((layer) => layer.type !== 'symbol') };
		const drawn = withDossier(bare, dossier, [], []).layers.map((layer) => layer.id);
		expect(drawn.slice(-dossier.layers.length)).toEqual(dossier.layers.map((layer) => layer.id));
	});
});

describe('contextStyle', () => {
	test('the offline basemap draws the context from the app’s own data endpoint, credited to GeoNames', () => {
		const source = basemap.sources[CONTEXT_SOURCE] as { data: string; attribution: string };
		expect(source.data).toBe('https://app.example/data/context.geojson');
		expect(source.attribution).toBe('GeoNames, CC BY 4.0');
		expect(offlineBasemapStyle('https://app.example/sub/path').sources[CONTEXT_SOURCE]).toMatchObject({ data: 'https://app.example/sub/path/data/context.geojson' });
	});

	test('draws context under the basemap’s cities and the dossier’s own labels', () => {
		const at = (id: string) => ids.indexOf(id);
		expect(at('context-labels')).toBeGreaterThan(at('context-dots'));
		expect(at('context-labels')).toBeLessThan(at('city-labels'));
		expect(at('context-labels')).toBeLessThan(at('dossier-label'));
	});

	test('on any other basemap too: a valid style with the context on top', () => {
		const context = contextStyle('https://app.example/data/context.geojson');
		const other = { version: 8 as const, glyphs: 'https://app.example/glyphs/{fontstack}/{range}.pbf', sources: { [CONTEXT_SOURCE]: context.source }, layers: context.layers };
		expect(validateStyleMin(other)).toEqual([]);
	});

	test('labels thin out zooming out: villages only from zoom 10, the largest from zoom 5', () => {
		const layer = contextStyle('x').layers.find((l) => l.id === 'context-labels') as { filter: unknown };
		const compiled = createExpression(layer.filter, { type: 'boolean' } as never);
		if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
		const shown = (zoom: number, rank: number) => compiled.value.evaluate({ zoom }, { type: 'Point', properties: { rank }, geometry: [] } as never);
		expect([4, 5, 9, 10].map((zoom) => [shown(zoom, 1), shown(zoom, 6)])).toEqual([[false, false], [true, false], [true, false], [true, true]]);
	});
});
