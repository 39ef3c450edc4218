// Cuts GeoJSON layers into vector tiles (https://github.com/mapbox/vector-tile-spec) with the
// field's libraries: @maplibre/geojson-vt slices and simplifies, @maplibre/vt-pbf encodes.
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import type { TileInput } from './pmtiles-write';

/** The tile extent (MVT's default): at zoom z one unit is 40 075 km / (4096 · 2^z) at the equator. */
export const EXTENT = 4096;

export interface TileLayer {
	/** The source-layer name the style asks for. */
	name: string;
	/** Features; a numeric `minzoom` property keeps one out of the tiles below that zoom. */
	features: Feature[];
	/** Simplification tolerance in tile units (geojson-vt's default is 3). */
	tolerance?: number;
}

/** The tiles' [west, south, east, north] from the tile grid: x, y at zoom z. */
export function tileBounds(z: number, x: number, y: number): [number, number, number, number] {
	const n = 2 ** z;
	const lon = (i: number) => (i / n) * 360 - 180;
	const lat = (j: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * j) / n))) * 180) / Math.PI;
	return [lon(x), lat(y + 1), lon(x + 1), lat(y)];
}

/** The tiles at zoom z that a [west, south, east, north] box touches (latitudes clamped to Web Mercator's). */
export function tilesCovering([west, south, east, north]: readonly number[], z: number): { x: number; y: number }[] {
	const n = 2 ** z;
	const clampLat = (lat: number) => Math.max(-85.0511, Math.min(85.0511, lat));
	const tx = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
	const ty = (lat: number) => {
		const r = (clampLat(lat) * Math.PI) / 180;
		return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
	};
	const out: { x: number; y: number }[] = [];
	for (let x = tx(west!); x <= tx(east!); x++) for (let y = ty(north!); y <= ty(south!); y++) out.push({ x, y });
	return out;
}

/**
 * Every non-empty tile from `minZoom` to `maxZoom` of the given layers, each tile holding the
 * layers that have features there, MVT-encoded and passed through `compress`.
 * @param tiles - which tiles to cut at each zoom (all that the data touches when absent)
 */
export function cutTiles(
	layers: readonly TileLayer[],
	{ minZoom, maxZoom, compress, tiles }: { minZoom: number; maxZoom: number; compress: (data: Uint8Array) => Uint8Array; tiles?: (z: number) => { x: number; y: number }[] }
): TileInput[] {
	const indexes = layers.map((layer) => {
		const data: FeatureCollection = { type: 'FeatureCollection', features: layer.features };
		return { name: layer.name, index: new GeoJSONVT(data, { maxZoom, indexMaxZoom: 0, tolerance: layer.tolerance ?? 3, extent: EXTENT, buffer: 64 }) };
	});
	const out: TileInput[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		const n = 2 ** z;
		const coords = tiles ? tiles(z) : Array.from({ length: n * n }, (_, i) => ({ x: Math.floor(i / n), y: i % n }));
		for (const { x, y } of coords) {
			const content: Record<string, GeoJSONVTTile> = {};
			for (const { name, index } of indexes) {
				const tile = index.getTile(z, x, y);
				if (!tile) continue;
				const features = tile.features.filter((feature) => !(typeof feature.tags?.minzoom === 'number' && feature.tags.minzoom > z));
				if (features.length) content[name] = { ...tile, features } as GeoJSONVTTile;
			}
			if (Object.keys(content).length === 0) continue;
			out.push({ z, x, y, data: compress(fromGeojsonVt(content, { version: 2, extent: EXTENT })) });
		}
	}
	return out;
}
