import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTEXT_SOURCE, contextStyle } from '../../src/lib/map/context-style';
import { ANCHOR_SOURCE, DOSSIER_SOURCE, dossierStyle } from '../../src/lib/map/dossier-style';
import { offlineBasemapStyle } from '../../src/lib/map/offline-style';
import { withDossier } from '../../src/lib/map/style';
import { COAST_TILES, WORLD_TILES } from '../../src/lib/map/tile-sets';

const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const basemap = offlineBasemapStyle('https://app.example');
const dossier = dossierStyle(data);
const style = withDossier(basemap, dossier, ['damascus', 'transfer']);
const ids = style.layers.map((layer) => layer.id);
const filterOf = (id: string) => JSON.stringify((style.layers.find((layer) => layer.id === id) as { filter?: unknown }).filter);
const layerOf = (id: string) => basemap.layers.find((layer) => layer.id === id) as Record<string, unknown> & { paint: Record<string, unknown> };

/** A data-driven or zoom-driven property evaluated as MapLibre does. */
function evaluate(value: unknown, zoom: number, properties: Record<string, unknown> = {}, type: 'number' | 'boolean' = 'number') {
	const compiled = createExpression(value, { type } as never);
	if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
	return compiled.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never);
}

describe('withDossier', () => {
	test('is a valid MapLibre style holding the basemap and the dossier source', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(Object.keys(style.sources)).toEqual([...Object.keys(basemap.sources), DOSSIER_SOURCE, ANCHOR_SOURCE]);
	});

	test('puts the dossier’s areas and lines under the first basemap label, its dots and labels on top', () => {
		const firstLabel = basemap.layers.findIndex((layer) => layer.type === 'symbol');
		expect(firstLabel).toBeGreaterThan(0);
		const shapes = dossier.layers.filter((layer) => layer.type === 'fill' || layer.type === 'line').map((layer) => layer.id);
		const dots = dossier.layers.filter((layer) => layer.type === 'circle').map((layer) => layer.id);
		expect(dots).toContain('dossier-anchor');
		expect(ids.indexOf('dossier-anchor')).toBeGreaterThan(ids.indexOf('airports'));
		expect(ids.slice(firstLabel, firstLabel + shapes.length)).toEqual(shapes);
		expect(ids.slice(-4)).toEqual(['dossier-cluster-label', 'dossier-label', 'dossier-cluster-count', 'dossier-keepout']);
		expect(ids.filter((id) => !id.startsWith('dossier-'))).toEqual(basemap.layers.map((layer) => layer.id));
	});

	test('shows only the visible dossier layers: the dossier source’s layers by filter, keeping each one’s role filter', () => {
		for (const layer of dossier.layers.filter((layer) => (layer as { source: string }).source === DOSSIER_SOURCE)) {
			const filter = filterOf(layer.id);
			expect(filter).toContain('["literal",["damascus","transfer"]]');
			expect(filter).toContain(JSON.stringify((layer as { filter: unknown }).filter));
		}
	});

	test('the clustered anchors hold only the visible layers’ places, so no cluster counts a hidden one', () => {
		const anchor = (key: string, layer: string) => ({ type: 'Feature' as const, properties: { key, layer, role: 'anchor', name: key, color: '#000000' }, geometry: { type: 'Point' as const, coordinates: [36, 33] } });
		const footprint = { ...anchor('damascus', 'damascus'), properties: { ...anchor('damascus', 'damascus').properties, role: 'footprint' } };
		const places = dossierStyle({ type: 'FeatureCollection', features: [anchor('damascus', 'damascus'), anchor('sednaya-prison', 'sednaya-prison'), footprint] });
		const drawn = withDossier(basemap, places, ['damascus', 'transfer']);
		const anchors = drawn.sources[ANCHOR_SOURCE] as { cluster: boolean; data: GeoJSON.FeatureCollection };
		expect(anchors.cluster).toBe(true);
		expect(anchors.data.features.map((feature) => feature.properties?.key)).toEqual(['damascus']);
		// Their layers take no layer filter: it would apply after clustering.
		for (const layer of drawn.layers.filter((layer) => (layer as { source?: string }).source === ANCHOR_SOURCE)) expect(JSON.stringify((layer as { filter?: unknown }).filter)).not.toContain('literal');
	});

	test('a style that holds the dossier already (MapLibre setting its own style again) is kept as it is', () => {
		expect(withDossier(style, dossier, ['transfer'])).toBe(style);
	});

	test('a basemap with no labels gets the dossier on top, in order', () => {
		const bare = { ...basemap, layers: basemap.layers.filter((layer) => layer.type !== 'symbol') };
		const drawn = withDossier(bare, dossier, []).layers.map((layer) => layer.id);
		expect(drawn.slice(-dossier.layers.length)).toEqual(dossier.layers.map((layer) => layer.id));
	});
});

describe('dossierStyle', () => {
	test('keeps every label off every place’s dot: an invisible symbol on each anchor, always placed, placed first', () => {
		const keepout = dossier.layers.at(-1) as { id: string; type: string; filter: unknown; layout: Record<string, unknown>; paint: Record<string, unknown> };
		expect(keepout).toMatchObject({ id: 'dossier-keepout', type: 'symbol', layout: { 'text-allow-overlap': true }, paint: { 'text-opacity': 0 } });
		expect(keepout.layout['text-ignore-placement']).toBeUndefined();
		expect(keepout.filter).toEqual((dossier.layers.find((l) => l.id === 'dossier-anchor') as { filter: unknown }).filter);
	});
});

describe('offlineBasemapStyle', () => {
	test('reads both tile sets from the app’s own origin through the pmtiles protocol, each credited', () => {
		expect(basemap.sources.world).toMatchObject({ type: 'vector', tiles: [`pmtiles://https://app.example/${WORLD_TILES.path}/{z}/{x}/{y}`], maxzoom: 6, attribution: 'Natural Earth (public domain); country names: CLDR' });
		expect(basemap.sources.coast).toMatchObject({ type: 'vector', tiles: [`pmtiles://https://app.example/${COAST_TILES.path}/{z}/{x}/{y}`], minzoom: 8, attribution: '© OpenStreetMap contributors (ODbL)' });
		expect(JSON.stringify(offlineBasemapStyle('https://app.example/sub/path').sources)).not.toMatch(/pmtiles:\/\/https:\/\/app\.example\/basemap/);
	});

	test('draws water as its own layers: lakes and the coast’s sea as fills, rivers as lines, each labelled', () => {
		const kinds = Object.fromEntries(basemap.layers.map((layer) => [layer.id, `${layer.type}:${(layer as { 'source-layer'?: string })['source-layer'] ?? ''}`]));
		expect(kinds).toMatchObject({ lake: 'fill:lake', 'coast-sea': 'fill:sea', river: 'line:river', 'river-labels': 'symbol:river', 'water-labels': 'symbol:water_label' });
	});

	test('the OpenStreetMap coast is drawn over Natural Earth’s from its first zoom, land first and its sea on top', () => {
		expect(ids.indexOf('coast-land')).toBeGreaterThan(ids.indexOf('land'));
		expect(ids.indexOf('coast-sea')).toBeGreaterThan(ids.indexOf('coast-land'));
		expect(layerOf('coast-land').minzoom).toBe(COAST_TILES.minzoom);
	});

	test('a 1:10m river is a thin line at small scales and a soft band past its accuracy', () => {
		const { paint } = layerOf('river');
		const width = (zoom: number) => evaluate(paint['line-width'], zoom) as number;
		const blur = (zoom: number) => evaluate(paint['line-blur'], zoom) as number;
		expect(width(6)).toBeLessThan(2);
		expect(blur(6)).toBe(0);
		// At zoom 12 a pixel is under 20 m: the band is several hundred metres wide, and soft.
		expect(width(12)).toBeGreaterThan(40);
		expect(blur(12)).toBeGreaterThan(width(12) / 4);
	});

	test('airports and ports are drawn with the symbols the app ships in its sprite, at 1× and 2×, from its own origin', () => {
		expect(basemap.sprite).toBe('https://app.example/basemap/sprite');
		const images = basemap.layers.flatMap((layer) => (layer.type === 'symbol' && layer.layout?.['icon-image'] ? [[layer.id, layer.layout['icon-image']]] : []));
		expect(images).toEqual([
			['airports', 'airport'],
			['ports', 'port']
		]);
		for (const suffix of ['', '@2x']) {
			const sprite = JSON.parse(readFileSync(`static/basemap/sprite${suffix}.json`, 'utf8'));
			for (const [, image] of images) expect(sprite[image as string], `${image} in sprite${suffix}.json`).toBeDefined();
		}
	});

	test('landmarks thin out zooming out: major airports from zoom 6, all from zoom 9; regions only at middle zooms', () => {
		const airports = layerOf('airports').filter;
		const shown = (zoom: number, rank: number) => evaluate(airports, zoom, { rank }, 'boolean');
		expect([5, 6, 8, 9].map((zoom) => [shown(zoom, 2), shown(zoom, 9)])).toEqual([[false, false], [true, false], [true, false], [true, true]]);
		expect([layerOf('region-labels').minzoom, layerOf('region-labels').maxzoom]).toEqual([5, 10]);
	});
});

describe('contextStyle', () => {
	test('the offline basemap draws the context from the app’s own data endpoint, credited to GeoNames', () => {
		const source = basemap.sources[CONTEXT_SOURCE] as { data: string; attribution: string };
		expect(source.data).toBe('https://app.example/data/context.geojson');
		expect(source.attribution).toBe('GeoNames, CC BY 4.0');
		expect(offlineBasemapStyle('https://app.example/sub/path').sources[CONTEXT_SOURCE]).toMatchObject({ data: 'https://app.example/sub/path/data/context.geojson' });
	});

	test('draws context over the basemap’s other labels and under the dossier’s own', () => {
		const at = (id: string) => ids.indexOf(id);
		expect(at('context-labels')).toBeGreaterThan(at('context-dots'));
		expect(at('context-labels')).toBeGreaterThan(at('country-labels'));
		expect(at('context-labels')).toBeLessThan(at('dossier-label'));
	});

	test('on any other basemap too: a valid style with the context on top', () => {
		const context = contextStyle('https://app.example');
		expect(context.source).toMatchObject({ type: 'geojson', data: 'https://app.example/data/context.geojson' });
		const other = { version: 8 as const, glyphs: 'https://app.example/glyphs/{fontstack}/{range}.pbf', sources: { [CONTEXT_SOURCE]: context.source }, layers: context.layers };
		expect(validateStyleMin(other)).toEqual([]);
	});

	test('labels thin out zooming out: villages only from zoom 10, the largest from zoom 5', () => {
		const layer = contextStyle('x').layers.find((l) => l.id === 'context-labels') as { filter: unknown };
		const shown = (zoom: number, rank: number) => evaluate(layer.filter, zoom, { rank }, 'boolean');
		expect([4, 5, 9, 10].map((zoom) => [shown(zoom, 1), shown(zoom, 6)])).toEqual([[false, false], [true, false], [true, false], [true, true]]);
	});
});
