// The offline basemap's tile sets: one PMTiles archive each, read with byte ranges
// (https://docs.protomaps.com/pmtiles/). The style, the static map and the scripts that write them
// ask this file where each lives and how deep it goes.

/**
 * Natural Earth 1:10m for the whole world (scripts/build-tiles.ts, committed). Tiles stop at zoom 6:
 * a zoom-6 tile unit (≈150 m) is already finer than the data's kilometre; deeper views over-zoom them.
 */
export const WORLD_TILES = { path: 'basemap/world.pmtiles', maxzoom: 6, attribution: 'Natural Earth (public domain); country names: CLDR' } as const;

/**
 * The OpenStreetMap coast (sea polygons good to about 10 m) around every place of the dossier,
 * cut as the site is built (src/lib/server/coast-tiles.ts). From zoom 8, where Natural Earth's
 * kilometre starts to show (a few pixels), to zoom 11, whose tile unit (≈4.8 m) is finer than 10 m;
 * deeper views over-zoom it.
 */
export const COAST_TILES = { path: 'basemap/coast.pmtiles', minzoom: 8, maxzoom: 11, attribution: '© OpenStreetMap contributors (ODbL)' } as const;

/** A tile set's tile URL for MapLibre's `pmtiles://` protocol, which reads the archive with byte ranges. */
export const pmtilesUrl = (assets: string, path: string) => `pmtiles://${assets}/${path}/{z}/{x}/{y}`;
