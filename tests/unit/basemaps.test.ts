import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatProblem } from '$lib/data/types';
import { basemapHosts, basemapOrigins, chosenBasemap, formatBasemapParam, validateBasemaps } from '$lib/map/basemaps';
import { basemapStyle } from '$lib/map/basemap-style';

const messages = (json: unknown) => validateBasemaps(JSON.stringify(json), 'basemaps.json').problems.map(formatProblem);
const streets = { id: 'streets', name: 'Streets', kind: 'style', url: 'https://tiles.example.org/style.json', attribution: 'x', licence: 'y', maxzoom: 18 };

test("the project's basemaps file is valid: the offline map first, then streets and satellite, from the hosts the README names", () => {
	const { list, problems } = validateBasemaps(readFileSync('basemaps.json', 'utf8'), 'basemaps.json');
	expect(problems).toEqual([]);
	expect(list!.basemaps.map((basemap) => basemap.id)).toEqual(['map', 'streets', 'satellite']);
	expect(list!.default).toBe('map');
	expect(basemapOrigins(list!)).toEqual(['https://tiles.maps.eox.at', 'https://tiles.openfreemap.org']);
	expect(basemapHosts(list!.basemaps[1]!)).toEqual(['tiles.openfreemap.org']);
});

test('every problem is named by file and field, all at once', () => {
	expect(
		messages({
			default: 'nowhere',
			basemaps: [
				{ id: 'map', name: 'Mine', kind: 'raster', tiles: 'https://t.example.org/{z}/{x}/{y}.png', attribution: 'a', licence: 'b', maxzoom: 10 },
				{ id: 'Bad Id', name: '', kind: 'style', url: 'ftp://x', attribution: 'a', licence: 'b', maxzoom: 30 },
				{ id: 'tiles', name: 'T', kind: 'raster', tiles: 'https://t.example.org/tile.png', attribution: 'a', licence: 'b', maxzoom: 10, tileSize: 300 },
				{ ...streets, kind: 'wms' },
				{ ...streets, id: 'streets-2', origins: ['https://fonts.example.org/', 7] },
				'streets'
			]
		})
	).toEqual([
		'basemaps.json: basemaps[0].id: "map" is the offline basemap\'s id',
		'basemaps.json: basemaps[1].id: "Bad Id" is not an id: use lower-case letters, digits and single hyphens',
		'basemaps.json: basemaps[1].name: non-empty string expected, "" found',
		'basemaps.json: basemaps[1].maxzoom: whole number 0…22 expected, 30 found',
		'basemaps.json: basemaps[1].url: "ftp://x" is not an http(s) URL',
		'basemaps.json: basemaps[2].tiles: a tile URL template needs {z}, {x} and {y}',
		'basemaps.json: basemaps[2].tileSize: 256 or 512 expected, 300 found',
		'basemaps.json: basemaps[3].kind: "style" or "raster" expected, "wms" found',
		'basemaps.json: basemaps[4].origins[0]: "https://fonts.example.org/" is not an origin: write it as "https://fonts.example.org"',
		'basemaps.json: basemaps[4].origins[1]: origin expected, 7 found',
		'basemaps.json: basemaps[5]: object expected',
		'basemaps.json: default: the id of a basemap expected, "nowhere" found'
	]);
});

test('a file that is not JSON, or has no list, says so', () => {
	expect(validateBasemaps('{"basemaps": [', 'b.json').problems.map(formatProblem)[0]).toMatch(/^b\.json: invalid JSON at line 1, column 15/);
	expect(messages({ layers: [] })).toEqual(['basemaps.json: basemaps: array of basemaps expected']);
});

test('a deployer may add origins a style loads from, and make an online basemap the default', () => {
	const { list } = validateBasemaps(JSON.stringify({ default: 'streets', basemaps: [{ ...streets, origins: ['https://fonts.example.org'] }] }), 'b.json');
	expect(list!.default).toBe('streets');
	expect(basemapOrigins(list!)).toEqual(['https://fonts.example.org', 'https://tiles.example.org']);
});

test('?basemap= names a basemap; anything else falls back to the default, and the default is left out of links', () => {
	const { list } = validateBasemaps(JSON.stringify({ basemaps: [streets] }), 'b.json');
	expect(chosenBasemap('streets', list!).id).toBe('streets');
	for (const value of [null, '', 'nope', '__proto__', '<script>']) expect(chosenBasemap(value, list!).id).toBe('map');
	expect(formatBasemapParam('map', list!)).toBeNull();
	expect(formatBasemapParam('streets', list!)).toBe('streets');
});

test('raster imagery gets the app’s glyphs, and its attribution as text, never markup', () => {
	const style = basemapStyle(
		{ id: 'sat', name: 'Sat', kind: 'raster', tiles: 'https://t.example.org/{z}/{x}/{y}.jpg', tileSize: 256, attribution: '<img src=x onerror=alert(1)> & co', licence: 'x', maxzoom: 14, origins: [] },
		'https://app.example.org'
	);
	expect(typeof style).toBe('object');
	const spec = style as Exclude<typeof style, string>;
	expect(spec.glyphs).toBe('https://app.example.org/glyphs/{fontstack}/{range}.pbf');
	expect((spec.sources.imagery as { attribution: string }).attribution).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
});
