import { VectorTile } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, test } from 'vitest';
import { cutTiles, tileBounds, tilesCovering } from './cut';

const point = (lon: number, lat: number, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } });
const same = (data: Uint8Array) => data;
const decode = (data: Uint8Array) => new VectorTile(new PbfReader(data));

describe('tile grid', () => {
	test('tile 1/1/0 is the north-east quarter of the Web Mercator world', () => {
		const [w, s, e, n] = tileBounds(1, 1, 0);
		expect([w, s, e]).toEqual([0, 0, 180]);
		expect(n).toBeCloseTo(85.0511, 4);
	});
	test('a box is covered by the tiles it touches, and only those', () => {
		expect(tilesCovering([35.8, 34.8, 35.9, 34.95], 8)).toEqual([{ x: 153, y: 101 }]);
		expect(tilesCovering([-1, -1, 1, 1], 1)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 0 }, { x: 1, y: 1 }]);
	});
});

describe('cutTiles', () => {
	const layers = [{ name: 'port', features: [point(35.87, 34.9, { name: 'Tartus', minzoom: 3 }), point(-3.2, 55.95, { name: 'Edinburgh' })] }];

	test('each feature lands in the tile it lies in, with its properties, and comes back where it was', () => {
		const tiles = cutTiles(layers, { minZoom: 4, maxZoom: 4, compress: same });
		const tartus = tiles.find((t) => t.x === 9 && t.y === 6)!;
		const feature = decode(tartus.data).layers.port!.feature(0);
		expect(feature.properties.name).toBe('Tartus');
		const [lon, lat] = (feature.toGeoJSON(9, 6, 4).geometry as GeoJSON.Point).coordinates;
		expect(lon).toBeCloseTo(35.87, 1);
		expect(lat).toBeCloseTo(34.9, 1);
	});

	test('a feature’s `minzoom` keeps it out of the tiles below it; empty tiles are left out', () => {
		const tiles = cutTiles(layers, { minZoom: 0, maxZoom: 3, compress: same });
		const names = (z: number) => tiles.filter((t) => t.z === z).flatMap((t) => { const l = decode(t.data).layers.port!; return Array.from({ length: l.length }, (_, i) => l.feature(i).properties.name); });
		expect(names(2)).toEqual(['Edinburgh']);
		expect(names(3).sort()).toEqual(['Edinburgh', 'Tartus']);
		expect(tiles.filter((t) => t.z === 3)).toHaveLength(2);
	});

	test('only the tiles asked for are cut', () => {
		const tiles = cutTiles(layers, { minZoom: 4, maxZoom: 4, compress: same, tiles: () => [{ x: 9, y: 6 }] });
		expect(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual(['4/9/6']);
	});
});
