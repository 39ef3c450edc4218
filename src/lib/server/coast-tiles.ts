// The OpenStreetMap coast around a dossier's places, cut into the coast tile set as the site is
// built: place-scale detail is wherever the places are, worked out from the data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { perDossier } from '$lib/data/links';
import type { Dossier } from '$lib/data/types';
import { COAST_TILES } from '$lib/map/tile-sets';
import { cutTiles, tilesCovering } from '$lib/tiles/cut';
import { writePmtiles } from '$lib/tiles/pmtiles-write';
import { overlaps, regionAround, type Box } from '$lib/tiles/regions';

const gzip = (data: Uint8Array) => new Uint8Array(gzipSync(data, { level: 9 }));

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
export const coastRegions = (dossier: Dossier): Box[] => dossier.places.map((place) => regionAround(place.footprint));

/**
 * The coast tile set of a dossier as a PMTiles archive: source-layer `sea` (the OpenStreetMap seas
 * that touch the regions) and `coverage` (the regions themselves, where the style draws land under
 * that sea), from COAST_TILES.minzoom to maxzoom, only the tiles that touch a region.
 */
export const coastArchive = perDossier((dossier: Dossier): Uint8Array => {
	const regions = coastRegions(dossier);
	const polygonFeature = (coordinates: Position[][]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } });
	const sea = regions.length ? seaPolygons().filter((polygon) => regions.some((region) => overlaps(ringBox(polygon[0]!), region))) : [];
	const coverage = regions.map(([w, s, e, n]) => polygonFeature([[[w, s], [e, s], [e, n], [w, n], [w, s]]]));
	const wanted = (z: number) => {
		const keys = new Set<string>();
		for (const region of regions) for (const { x, y } of tilesCovering(region, z)) keys.add(`${x}/${y}`);
		return [...keys].map((key) => {
			const [x, y] = key.split('/').map(Number);
			return { x: x!, y: y! };
		});
	};
	const tiles = cutTiles(
		[
			{ name: 'coverage', features: coverage, tolerance: 0 },
			{ name: 'sea', features: sea.map(polygonFeature), tolerance: 1 }
		],
		{ minZoom: COAST_TILES.minzoom, maxZoom: COAST_TILES.maxzoom, compress: gzip, tiles: wanted }
	);
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
