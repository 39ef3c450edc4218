// Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
// The `pmtiles` package reads archives but has no writer, and VersaTiles' bindings do not load on
// Debian 12's glibc: this is the documented layout, checked by round trips through pmtiles' reader.
import { zxyToTileId } from 'pmtiles';

/** One tile's bytes, as they are to be stored (already compressed as `tileCompression` says). */
export interface TileInput {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

export interface ArchiveOptions {
	/** Compresses directories and metadata (gzip, as PMTiles readers expect from `internalCompression` 2). */
	gzip: (data: Uint8Array) => Uint8Array;
	/** How the tiles' bytes are compressed: 1 none, 2 gzip. */
	tileCompression: 1 | 2;
	/** The archive's JSON metadata (TileJSON-like: `vector_layers`, `attribution`, …). */
	metadata: Record<string, unknown>;
	/** [west, south, east, north] of the data, in degrees. */
	bounds: [number, number, number, number];
}

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16 KiB, which a reader fetches at once. */
const FIRST_FETCH = 16_384;

/** Appends an unsigned LEB128 varint; division, not bit operators, so values past 2³¹ stay exact. */
function varint(out: number[], value: number) {
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

/** A directory as the spec lays it out: ids as deltas, then run lengths, lengths, offsets (0: follows the previous). */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
	const out: number[] = [];
	varint(out, entries.length);
	let last = 0;
	for (const entry of entries) {
		varint(out, entry.tileId - last);
		last = entry.tileId;
	}
	for (const entry of entries) varint(out, entry.runLength);
	for (const entry of entries) varint(out, entry.length);
	entries.forEach((entry, i) => {
		const previous = entries[i - 1];
		varint(out, previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
	});
	return Uint8Array.from(out);
}

/**
 * The root directory, and leaf directories when the entries do not fit beside the header:
 * leaves of a growing size until the root that points at them fits.
 */
function directories(entries: Entry[], gzip: ArchiveOptions['gzip']): { root: Uint8Array; leaves: Uint8Array } {
	const whole = gzip(serializeDirectory(entries));
	if (whole.length <= FIRST_FETCH - HEADER_BYTES) return { root: whole, leaves: new Uint8Array() };
	for (let leafSize = 4096; ; leafSize *= 2) {
		const rootEntries: Entry[] = [];
		const leafParts: Uint8Array[] = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += leafSize) {
			const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
			rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			offset += leaf.length;
		}
		const root = gzip(serializeDirectory(rootEntries));
		if (root.length <= FIRST_FETCH - HEADER_BYTES) return { root, leaves: concat(leafParts) };
	}
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

/** A key for identical tile contents (an ocean or inland tile repeats many times), stored once. */
const contentKey = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

/**
 * A PMTiles v3 archive of vector tiles (MVT), clustered (tile data in tile-id order), with identical
 * tiles stored once and consecutive identical tiles as one run. Deterministic: same input, same bytes.
 * @returns the archive's bytes
 * @example writePmtiles([{ z: 0, x: 0, y: 0, data: gzipped }], { gzip, tileCompression: 2, metadata: {}, bounds: [-180, -85, 180, 85] })
 */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
	const sorted = tiles.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
	const entries: Entry[] = [];
	const stored = new Map<string, { offset: number; length: number }>();
	const data: Uint8Array[] = [];
	let dataLength = 0;
	let previousKey = '';
	for (const tile of sorted) {
		const key = contentKey(tile.data);
		const last = entries.at(-1);
		if (last && key === previousKey && last.tileId + last.runLength === tile.tileId) {
			last.runLength += 1;
			continue;
		}
		if (last && last.tileId === tile.tileId) throw new Error(`pmtiles: tile ${tile.z}/${tile.x}/${tile.y} given twice`);
		let place = stored.get(key);
		if (!place) {
			place = { offset: dataLength, length: tile.data.length };
			stored.set(key, place);
			data.push(tile.data);
			dataLength += tile.data.length;
		}
		entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
		previousKey = key;
	}
	const { root, leaves } = directories(entries, options.gzip);
	const metadata = options.gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
	// Sorted by tile id, which orders tiles by zoom first. (No Math.min(...zooms): a spread of a
	// hundred thousand arguments overflows the stack.)
	const minZoom = sorted[0]?.z ?? 0;
	const maxZoom = sorted.at(-1)?.z ?? 0;

	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer));
	header.setUint8(7, 3);
	const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const dataOffset = leavesOffset + leaves.length;
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metadataOffset);
	u64(32, metadata.length);
	u64(40, leavesOffset);
	u64(48, leaves.length);
	u64(56, dataOffset);
	u64(64, dataLength);
	u64(72, sorted.length);
	u64(80, entries.length);
	u64(88, data.length);
	header.setUint8(96, 1); // clustered
	header.setUint8(97, 2); // internal compression: gzip
	header.setUint8(98, options.tileCompression);
	header.setUint8(99, 1); // tile type: MVT
	header.setUint8(100, minZoom);
	header.setUint8(101, maxZoom);
	const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
	const [west, south, east, north] = options.bounds;
	e7(102, west);
	e7(106, south);
	e7(110, east);
	e7(114, north);
	header.setUint8(118, minZoom);
	e7(119, (west + east) / 2);
	e7(123, (south + north) / 2);
	return concat([new Uint8Array(header.buffer), root, metadata, leaves, ...data]);
}
