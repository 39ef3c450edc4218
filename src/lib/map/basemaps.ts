// The basemaps a reader may choose, as a deployer lists them in `basemaps.json`.
import { describe, ID, isObject, notAnId } from '../data/json-values';
import { parseJson } from '../data/parse-json';
import type { Problem } from '../data/types';

/** The id of the embedded offline basemap: always there, always first, never in the file. */
export const OFFLINE_BASEMAP = 'map';

/** How deep the offline basemap has something to show (GeoNames towns, the OpenStreetMap coast; Natural Earth as a soft band, see offline-style.ts). */
const OFFLINE_MAX_ZOOM = 12;

interface BasemapBase {
	id: string;
	/** What the control calls it: "Streets", "Satellite". */
	name: string;
	/** Plain text, shown in the map's attribution. */
	attribution: string;
	licence: string;
	/** The deepest zoom at which it still shows something: the camera frames no deeper. */
	maxzoom: number;
	/** Every origin it loads from (style, tiles, glyphs, sprites): the CSP allows exactly these. */
	origins: string[];
}

/** A MapLibre style (vector tiles and all) at a URL. */
export interface StyleBasemap extends BasemapBase {
	kind: 'style';
	url: string;
}

/** Raster tiles from a `{z}/{x}/{y}` template, with the app's own labels drawn on top. */
export interface RasterBasemap extends BasemapBase {
	kind: 'raster';
	tiles: string;
	tileSize: 256 | 512;
}

export interface OfflineBasemap extends BasemapBase {
	kind: 'offline';
}

export type Basemap = OfflineBasemap | StyleBasemap | RasterBasemap;

export interface BasemapList {
	/** The offline basemap first, then the file's, in its order. */
	basemaps: Basemap[];
	/** Shown when the URL names none: the offline one unless the deployer chose another. */
	default: string;
}

export const offlineBasemap: OfflineBasemap = {
	id: OFFLINE_BASEMAP,
	name: 'Map',
	kind: 'offline',
	attribution: 'Natural Earth (public domain); © OpenStreetMap contributors (ODbL); GeoNames (CC BY 4.0); CLDR',
	licence: 'public domain; ODbL; CC BY 4.0; Unicode licence',
	maxzoom: OFFLINE_MAX_ZOOM,
	origins: []
};

/**
 * Reads and checks a basemaps file, reporting every problem as `file: json.path: message`.
 * The list comes back only when there are none.
 * @example validateBasemaps('{"basemaps": []}', 'basemaps.json') // { list: { basemaps: [offline], default: 'map' }, problems: [] }
 */
export function validateBasemaps(text: string, file: string): { list?: BasemapList; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = (path: string, message: string) => problems.push({ file, path, message });
	const parsed = parseJson(text);
	if (!parsed.ok) return report('', parsed.message), { problems };
	const root = parsed.value;
	if (!isObject(root) || !Array.isArray(root.basemaps)) return report('basemaps', 'array of basemaps expected'), { problems };

	const basemaps: Basemap[] = [offlineBasemap];
	const seen = new Set([OFFLINE_BASEMAP]);
	root.basemaps.forEach((item, i) => {
		const at = `basemaps[${i}]`;
		if (!isObject(item)) return report(at, 'object expected');
		const before = problems.length;
		const text = (key: string): string => {
			const value = item[key];
			if (typeof value === 'string' && value.trim() !== '') return value;
			report(`${at}.${key}`, value === undefined ? 'required' : `non-empty string expected, ${describe(value)} found`);
			return '';
		};
		const id = text('id');
		if (id && !ID.test(id)) report(`${at}.id`, notAnId(id));
		else if (id && seen.has(id)) report(`${at}.id`, id === OFFLINE_BASEMAP ? `"${id}" is the offline basemap's id` : `duplicate basemap id "${id}"`);
		seen.add(id);
		const name = text('name');
		const attribution = text('attribution');
		const licence = text('licence');
		const maxzoom = item.maxzoom;
		if (typeof maxzoom !== 'number' || !Number.isInteger(maxzoom) || maxzoom < 0 || maxzoom > 22) {
			report(`${at}.maxzoom`, `whole number 0…22 expected, ${describe(maxzoom)} found`);
		}
		const https = (key: string, value: string): URL | undefined => {
			try {
				const url = new URL(value.replaceAll(/\{[a-z]+\}/g, '0'));
				if (url.protocol === 'https:' || url.protocol === 'http:') return url;
			} catch {
				// reported below
			}
			report(`${at}.${key}`, `${describe(value)} is not an http(s) URL`);
			return undefined;
		};
		const extra = item.origins ?? [];
		const origins = new Set<string>();
		if (!Array.isArray(extra)) report(`${at}.origins`, `array of origins expected, ${describe(extra)} found`);
		else
			extra.forEach((origin: unknown, j: number) => {
				const url = typeof origin === 'string' ? https(`origins[${j}]`, origin) : undefined;
				if (typeof origin !== 'string') report(`${at}.origins[${j}]`, `origin expected, ${describe(origin)} found`);
				else if (url && url.origin !== origin) report(`${at}.origins[${j}]`, `"${origin}" is not an origin: write it as "${url.origin}"`);
				if (url) origins.add(url.origin);
			});
		const common = { id, name, attribution, licence, maxzoom: maxzoom as number };
		if (item.kind === 'style') {
			const url = text('url');
			const parsedUrl = url ? https('url', url) : undefined;
			if (parsedUrl) origins.add(parsedUrl.origin);
			if (problems.length === before) basemaps.push({ ...common, kind: 'style', url, origins: [...origins].sort() });
		} else if (item.kind === 'raster') {
			const tiles = text('tiles');
			const parsedUrl = tiles ? https('tiles', tiles) : undefined;
			if (parsedUrl) origins.add(parsedUrl.origin);
			if (tiles && !['{z}', '{x}', '{y}'].every((part) => tiles.includes(part))) report(`${at}.tiles`, 'a tile URL template needs {z}, {x} and {y}');
			const tileSize = item.tileSize ?? 256;
			if (tileSize !== 256 && tileSize !== 512) report(`${at}.tileSize`, `256 or 512 expected, ${describe(tileSize)} found`);
			if (problems.length === before) basemaps.push({ ...common, kind: 'raster', tiles, tileSize: tileSize as 256 | 512, origins: [...origins].sort() });
		} else {
			report(`${at}.kind`, `"style" or "raster" expected, ${describe(item.kind)} found`);
		}
	});
	const fallback = root.default ?? OFFLINE_BASEMAP;
	if (typeof fallback !== 'string' || !seen.has(fallback)) report('default', `the id of a basemap expected, ${describe(fallback)} found`);
	if (problems.length > 0) return { problems };
	return { list: { basemaps, default: fallback as string }, problems };
}

/** Every origin the listed basemaps load from, for the CSP. */
export function basemapOrigins(list: BasemapList): string[] {
	return [...new Set(list.basemaps.flatMap((basemap) => basemap.origins))].sort();
}

/** The hosts a basemap loads from, as the control names them before a reader chooses it. */
export function basemapHosts(basemap: Basemap): string[] {
	return basemap.origins.map((origin) => new URL(origin).host);
}

/**
 * The basemap `?basemap=` names; the default when it names none or one that is not listed, so a
 * mangled link still shows a map.
 */
export function chosenBasemap(value: string | null, list: BasemapList): Basemap {
	const byId = (id: string) => list.basemaps.find((basemap) => basemap.id === id);
	return (value !== null && byId(value)) || byId(list.default) || offlineBasemap;
}

/** The `basemap` value for a choice, or null when it is the default (the plain link stays plain). */
export function formatBasemapParam(id: string, list: BasemapList): string | null {
	return id === list.default ? null : id;
}
