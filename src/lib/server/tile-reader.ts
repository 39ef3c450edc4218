// Reads a PMTiles archive's vector tiles back into GeoJSON in Node, for the static map: the same
// tiles the live map draws, read by pmtiles' own reader and decoded by @mapbox/vector-tile.
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, type Source } from 'pmtiles';
import { tileBounds, tilesCovering } from '$lib/tiles/cut';
import type { Box } from '$lib/tiles/regions';

/** pmtiles' reader over an archive held in memory (the static map is drawn at build time, from files). */
export function archiveReader(bytes: Uint8Array, key: string): PMTiles {
	const source: Source = { getKey: () => key, getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }) };
	const decompress = async (data: ArrayBuffer, compression: Compression) =>
		compression === Compression.Gzip ? new Uint8Array(gunzipSync(new Uint8Array(data))).buffer : data;
	return new PMTiles(source, undefined, decompress);
}

const inside = ([w, s, e, n]: Box, [x, y]: number[]) => x! >= w && x! < e && y! > s && y! <= n;

/** Decoded tiles, by archive and tile: a place's pictures (page, print, link preview) and its neighbours' share them. A decoded zoom-6 tile can hold megabytes of GeoJSON: few are kept. */
const decoded = new WeakMap<PMTiles, Map<string, Record<string, Feature[]>>>();
const DECODED_PER_ARCHIVE = 64;

async function decodedTile(archive: PMTiles, z: number, x: number, y: number): Promise<Record<string, Feature[]>> {
	let cache = decoded.get(archive);
	if (!cache) decoded.set(archive, (cache = new Map()));
	const key = `${z}/${x}/${y}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const tile = await archive.getZxy(z, x, y);
	const layers: Record<string, Feature[]> = {};
	if (tile) {
		const own = tileBounds(z, x, y);
		for (const [name, layer] of Object.entries(new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers)) {
			const list: Feature[] = (layers[name] = []);
			for (let i = 0; i < layer.length; i++) {
				const feature = layer.feature(i).toGeoJSON(x, y, z) as Feature;
				if (feature.geometry.type === 'Point' && !inside(own, feature.geometry.coordinates)) continue;
				list.push(feature);
			}
		}
	}
	// The oldest goes first when the cache is full (a Map keeps its insertion order).
	if (cache.size >= DECODED_PER_ARCHIVE) cache.delete(cache.keys().next().value!);
	cache.set(key, layers);
	return layers;
}

/**
 * The features of the tiles that cover `box` at `zoom` (clamped to the archive's zooms, as MapLibre
 * over-zooms), by source-layer, in longitude and latitude. A point in a neighbour's buffer is left
 * to that neighbour, so each point comes once.
 */
export async function featuresIn(archive: PMTiles, box: Box, zoom: number): Promise<Record<string, FeatureCollection>> {
	const header = await archive.getHeader();
	const z = Math.max(header.minZoom, Math.min(header.maxZoom, Math.floor(zoom)));
	const out: Record<string, Feature[]> = {};
	for (const { x, y } of tilesCovering(box, z)) {
		for (const [name, features] of Object.entries(await decodedTile(archive, z, x, y))) (out[name] ??= []).push(...features);
	}
	return Object.fromEntries(Object.entries(out).map(([name, features]) => [name, { type: 'FeatureCollection', features }]));
}
