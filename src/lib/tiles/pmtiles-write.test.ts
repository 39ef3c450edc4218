import { gzipSync } from 'node:zlib';
import { PMTiles, tileIdToZxy, type Source } from 'pmtiles';
import { describe, expect, test } from 'vitest';
import { writePmtiles, type TileInput } from './pmtiles-write';

/** pmtiles' own reader over bytes in memory, as it reads a file through HTTP ranges. */
function reader(bytes: Uint8Array): PMTiles {
	const source: Source = {
		getKey: () => 'memory',
		getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer })
	};
	return new PMTiles(source);
}

const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data));
const text = (value: string) => new TextEncoder().encode(value);
const options = { gzip, tileCompression: 1 as const, metadata: { name: 'test', vector_layers: [] }, bounds: [-10, -5, 10, 5] as [number, number, number, number] };

async function read(archive: PMTiles, z: number, x: number, y: number) {
	const tile = await archive.getZxy(z, x, y);
	return tile && new TextDecoder().decode(tile.data);
}

describe('writePmtiles, read back by pmtiles', () => {
	test('every tile comes back with its bytes, and a tile not written is missing', async () => {
		const tiles: TileInput[] = [
			{ z: 0, x: 0, y: 0, data: text('world') },
			{ z: 3, x: 5, y: 2, data: text('three-five-two') },
			{ z: 1, x: 1, y: 0, data: text('one-one-zero') }
		];
		const archive = reader(writePmtiles(tiles, options));
		expect(await read(archive, 0, 0, 0)).toBe('world');
		expect(await read(archive, 1, 1, 0)).toBe('one-one-zero');
		expect(await read(archive, 3, 5, 2)).toBe('three-five-two');
		expect(await read(archive, 3, 5, 3)).toBeUndefined();
	});

	test('the header says zooms, bounds, counts and compression', async () => {
		const tiles: TileInput[] = [
			{ z: 2, x: 1, y: 1, data: text('a') },
			{ z: 4, x: 3, y: 3, data: text('a') },
			{ z: 4, x: 3, y: 4, data: text('b') }
		];
		const header = await reader(writePmtiles(tiles, { ...options, tileCompression: 2 })).getHeader();
		expect(header).toMatchObject({ specVersion: 3, minZoom: 2, maxZoom: 4, minLon: -10, minLat: -5, maxLon: 10, maxLat: 5, numAddressedTiles: 3, numTileContents: 2, clustered: true, tileCompression: 2, tileType: 1 });
	});

	test('the metadata comes back as written', async () => {
		const archive = reader(writePmtiles([{ z: 0, x: 0, y: 0, data: text('x') }], { ...options, metadata: { attribution: '© OpenStreetMap contributors', vector_layers: [{ id: 'sea' }] } }));
		expect(await archive.getMetadata()).toEqual({ attribution: '© OpenStreetMap contributors', vector_layers: [{ id: 'sea' }] });
	});

	test('identical tiles are stored once, and a run of them is one entry', async () => {
		// Tile ids 21..84 are zoom 3: sixty-four consecutive ids with the same bytes.
		const same = Array.from({ length: 64 }, (_, i) => {
			const [z, x, y] = tileIdToZxy(21 + i);
			return { z, x, y, data: text('ocean') };
		});
		const bytes = writePmtiles(same, options);
		const archive = reader(bytes);
		const header = await archive.getHeader();
		expect(header.numAddressedTiles).toBe(64);
		expect(header.numTileEntries).toBe(1);
		expect(header.numTileContents).toBe(1);
		for (const [z, x, y] of [tileIdToZxy(21), tileIdToZxy(60), tileIdToZxy(84)]) expect(await read(archive, z, x, y)).toBe('ocean');
	});

	test('more tiles than the root directory holds go to leaf directories, and all read back', async () => {
		// Zoom 8, two tiles in three, of scattered lengths: a directory gzip cannot squeeze into 16 KiB.
		const tiles: TileInput[] = [];
		let seed = 7;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
		for (let x = 0; x < 256; x++)
			for (let y = 0; y < 256; y++) if (random() % 3) tiles.push({ z: 8, x, y, data: text(`${x}/${y}`.padEnd(4 + (random() % 300), '.')) });
		const bytes = writePmtiles(tiles, options);
		const archive = reader(bytes);
		const header = await archive.getHeader();
		expect(header.leafDirectoryLength).toBeGreaterThan(0);
		expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
		for (const tile of [tiles[0]!, tiles.at(-1)!, tiles[9_000]!, tiles[30_000]!]) expect(await read(archive, 8, tile.x, tile.y)).toBe(new TextDecoder().decode(tile.data));
	});

	test('the same tiles in another order make the same bytes', () => {
		const tiles: TileInput[] = [
			{ z: 1, x: 0, y: 1, data: text('p') },
			{ z: 0, x: 0, y: 0, data: text('q') }
		];
		expect(Buffer.from(writePmtiles(tiles, options)).equals(Buffer.from(writePmtiles([...tiles].reverse(), options)))).toBe(true);
	});

	test('a tile given twice is refused', () => {
		expect(() => writePmtiles([{ z: 0, x: 0, y: 0, data: text('a') }, { z: 0, x: 0, y: 0, data: text('b') }], options)).toThrow('pmtiles: tile 0/0/0 given twice');
	});
});
