// The OpenStreetMap coast around a dossier's places, cut into the coast tile set as the site is
// built: place-scale detail is wherever the places are, worked out from the data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { perDossier } from '$lib/data/links';
import type { Dossier } from '$lib/data/types';
import { COAST_TILES } from '$lib/map/tile-sets';
import { bboxClip } from '@turf/turf';
import { cutTiles, tileBounds, tilesCovering } from '$lib/tiles/cut';
import { writePmtiles } from '$lib/tiles/pmtiles-write';
import { overlaps, regionAround, type Box } from '$lib/tiles/regions';

const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data));

/** The seas as polygons (one MultiPolygon, OpenStreetMap-derived, about 10 m), read once per process. */
let seas: Position[][][] | undefined;
function seaPolygons(): Position[][][] {
	if (!seas) {
		const file = createRequire(import.meta.url).resolve('@geo-maps/earth-seas-10m/map.geo.json');
		const collection = JSON.parse(readFileSync(file, 'utf8')) as { geometries: (Polygon | MultiPolygon)[] };
		seas = collection.geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
	}
	return seas;
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/** Tiles once each. */
const dedupe = (tiles: { x: number; y: number }[]) => [...new Map(tiles.map((t) => [`${t.x}/${t.y}`, t])).values()];

function ringBox(ring: Position[]): Box {
	let [w, s, e, n] = [180, 90, -180, -90];
	for (const [x = 0, y = 0] of ring) {
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

/** The region boxes of a dossier's places, one per place. */
export const coastRegions = (dossier: Dossier): Box[] => dossier.places.map((place) => regionAround(place.footprint, place.anchor));

/** A sea polygon with the boxes of its outer ring and of each hole (island), to skip what a clip box misses. */
interface Sea {
	polygon: Position[][];
	box: Box;
	holes: { ring: Position[]; box: Box }[];
}

const seaOf = (polygon: Position[][]): Sea => ({ polygon, box: ringBox(polygon[0]!), holes: polygon.slice(1).map((ring) => ({ ring, box: ringBox(ring) })) });

/** The seas clipped to a box (each ring separately, as turf's bboxClip does). */
function clipSeas(seas: readonly Sea[], clipBox: Box): Position[][][] {
	return seas
		.filter(({ box }) => overlaps(box, clipBox))
		.flatMap(({ polygon, holes }) => {
			// Rings (islands) wholly outside the box are left out before clipping the rest.
			const rings = [polygon[0]!, ...holes.filter(({ box }) => overlaps(box, clipBox)).map(({ ring }) => ring)];
			const clipped = bboxClip(polygonFeature(rings) as Feature<Polygon>, clipBox).geometry as Polygon | MultiPolygon;
			// A ring clipped away comes back empty: a polygon whose outer ring went is no polygon.
			return polygonsOf(clipped)
				.filter((p) => (p[0]?.length ?? 0) >= 4)
				.map((p) => p.filter((ring) => ring.length >= 4));
		});
}

const polygonFeature = (coordinates: Position[][]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });

/** Zooms between the world and the coast's first zoom at which the seas are clipped on the way down. */
const CLIP_STEPS = [2, 4, 6];

/**
 * The seas clipped to each of `tiles` (at zoom `top`) grown by `margin` degrees. The world ocean is
 * one polygon of 1.8 million points: clipping all of it once per tile made the cut grow with the
 * places times the ocean. So it is clipped down the tile pyramid (zoom 2, 4, 6, then each tile),
 * each clip from its parent's, and a tile's clip is the same as from the whole ocean: clipping to
 * a box and then to a box inside it is clipping to the inner box.
 */
function seasPerTile(tiles: readonly { x: number; y: number }[], top: number, margin: number): Map<string, Position[][][]> {
	const grown = (z: number, x: number, y: number): Box => {
		const [w, s, e, n] = tileBounds(z, x, y);
		return [w - margin, s - margin, e + margin, n + margin];
	};
	const out = new Map<string, Position[][][]>();
	const descend = (seas: readonly Sea[], below: readonly { x: number; y: number }[], steps: readonly number[]) => {
		const [z, ...rest] = steps;
		if (z === undefined) {
			for (const { x, y } of below) out.set(`${x}/${y}`, clipSeas(seas, grown(top, x, y)));
			return;
		}
		const groups = new Map<string, { x: number; y: number }[]>();
		for (const tile of below) {
			const key = `${tile.x >> (top - z)}/${tile.y >> (top - z)}`;
			groups.set(key, [...(groups.get(key) ?? []), tile]);
		}
		for (const [key, group] of groups) {
			const [x = 0, y = 0] = key.split('/').map(Number);
			descend(clipSeas(seas, grown(z, x, y)).map(seaOf), group, rest);
		}
	};
	descend(seaPolygons().map(seaOf), tiles, CLIP_STEPS.filter((z) => z < top));
	return out;
}

/**
 * The coast tile set of a dossier as a PMTiles archive: source-layer `sea` (the OpenStreetMap seas
 * that touch the regions) and `coverage` (the regions themselves, where the style draws land under
 * that sea), from COAST_TILES.minzoom to maxzoom, only the tiles that touch a region.
 *
 * The seas are one polygon of 1.8 million points (the world ocean, its 60 000 islands as holes):
 * one tile index over all of it keeps every clipped copy it makes, gigabytes for a thousand places.
 * So the work goes one tile of the first zoom at a time: the seas clipped to that tile (with a
 * margin wider than the tiles' buffer), a small index cut from the clip, and let go.
 */
export const coastArchive = perDossier((dossier: Dossier): Uint8Array => {
	const regions = coastRegions(dossier);
	const boxFeature = ([w, s, e, n]: Box) => polygonFeature([[[w, s], [e, s], [e, n], [w, n], [w, s]]]);
	const top = COAST_TILES.minzoom;
	const byTopTile = new Map<string, { x: number; y: number; regions: Box[] }>();
	for (const region of regions)
		for (const { x, y } of tilesCovering(region, top)) {
			const key = `${x}/${y}`;
			const entry = byTopTile.get(key) ?? { x, y, regions: [] };
			entry.regions.push(region);
			byTopTile.set(key, entry);
		}
	const seas = seasPerTile([...byTopTile.values()], top, (360 / 2 ** top) * 0.05);
	const tiles = [...byTopTile.values()].flatMap(({ x, y, regions: here }) => {
		const sea = seas.get(`${x}/${y}`)!.map(polygonFeature);
		const inTile = (z: number) =>
			dedupe(here.flatMap((region) => tilesCovering(region, z))).filter((t) => t.x >> (z - top) === x && t.y >> (z - top) === y);
		return cutTiles(
			[
				{ name: 'coverage', features: here.map(boxFeature), tolerance: 0 },
				{ name: 'sea', features: sea, tolerance: 1 }
			],
			{ minZoom: top, maxZoom: COAST_TILES.maxzoom, compress: gzip, tiles: inTile }
		);
	});
	const [west, south, east, north] = regions.reduce<Box>((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])], [180, 90, -180, -90]);
	return writePmtiles(tiles, {
		gzip,
		tileCompression: 2,
		bounds: regions.length ? [west, south, east, north] : [0, 0, 0, 0],
		metadata: {
			name: 'Dossier Map coast',
			attribution: COAST_TILES.attribution,
			description: 'OpenStreetMap-derived seas (@geo-maps/earth-seas-10m, ODbL) around the dossier’s places',
			vector_layers: [
				{ id: 'coverage', fields: {}, minzoom: COAST_TILES.minzoom, maxzoom: COAST_TILES.maxzoom },
				{ id: 'sea', fields: {}, minzoom: COAST_TILES.minzoom, maxzoom: COAST_TILES.maxzoom }
			]
		}
	});
});
