import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { validateDossier } from '$lib/data/validate';
import { placeFrame } from '$lib/geo/frame';
import type { Bounds } from '$lib/geo/frame';
import { fitOptions } from '$lib/map/camera-sync';
import { coastArchive } from '$lib/server/coast-tiles';
import { staticMapSvg } from '$lib/server/static-map';
import { listOf } from '$lib/static-map/alt';
import { fitMercator } from '$lib/static-map/fit';
import { placeLabels } from '$lib/static-map/labels';
import { DESKTOP_MAP } from '$lib/static-map/viewports';
import LANDMARK_ICONS from '$lib/map/landmark-icons.json';
import { escapeMarkup } from '$lib/text/escape';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const load = (root: string) => {
	const { dossier } = validateDossier(readGeodataFiles(root));
	if (!dossier) throw new Error(`${root}/geodata is invalid`);
	return dossier;
};
const dossier = load(process.cwd());
const hostile = load('tests/fixtures/dossiers/hostile');
const grouped = load('tests/fixtures/dossiers/grouped');

/** Web Mercator in MapLibre's pixels at zoom z (512-px tiles), written out independently of d3. */
const worldPx = ([lon, lat]: [number, number], zoom: number): [number, number] => {
	const size = 512 * 2 ** zoom;
	const phi = (lat * Math.PI) / 180;
	return [(size * (lon + 180)) / 360, (size * (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI)) / 2];
};

/** MapLibre's fitBounds (bearing 0): the zoom at which the bounds fill the room, centred in it. */
function maplibreFit(
	[[west, south], [east, north]]: Bounds,
	{ width, height, padding, maxZoom }: { width: number; height: number; padding: { top: number; right: number; bottom: number; left: number }; maxZoom: number }
) {
	const [x0, y0] = worldPx([west, north], 0);
	const [x1, y1] = worldPx([east, south], 0);
	const room = [width - padding.left - padding.right, height - padding.top - padding.bottom];
	const zoom = Math.min(Math.log2(room[0]! / (x1 - x0)), Math.log2(room[1]! / (y1 - y0)), maxZoom);
	const scale = 2 ** zoom;
	const [cx, cy] = [((x0 + x1) / 2) * scale, ((y0 + y1) / 2) * scale];
	// Screen pixels: the bounds' centre in the middle of the room inside the padding.
	const screen = (point: [number, number]) => {
		const [x, y] = worldPx(point, zoom);
		return [x - cx + padding.left + room[0]! / 2, y - cy + padding.top + room[1]! / 2];
	};
	return { zoom, screen };
}

describe('fitMercator', () => {
	// The live map frames the offline basemap no deeper than zoom 12, where it still shows something.
	// The live map's padding: the margin, and the controls' room along the bottom (camera-sync.ts).
	const viewport = { width: DESKTOP_MAP.width, height: DESKTOP_MAP.height, padding: fitOptions({ top: 0, right: 0, bottom: 0, left: 0 }, 12).padding, maxZoom: 12 };

	test('the desktop map area is the 1280 px window less the panel app.css sets', () => {
		const panel = Number(readFileSync('src/routes/app.css', 'utf8').match(/--panel-width:\s*(\d+)px/)![1]);
		expect(DESKTOP_MAP.width).toBe(1280 - panel);
	});

	for (const place of dossier.places) {
		test(`frames ${place.id} as MapLibre's fitBounds does: same zoom, corners within 1 px`, () => {
			const frame = placeFrame(place.footprint);
			const fit = fitMercator(frame, DESKTOP_MAP);
			const expected = maplibreFit(frame, viewport);
			expect(fit.zoom).toBeCloseTo(expected.zoom, 6);
			const [[west, south], [east, north]] = frame;
			for (const corner of [[west, north], [east, south], [west, south], [east, north]] as [number, number][]) {
				const [x, y] = fit.projection(corner)!;
				const [ex, ey] = expected.screen(corner);
				expect(Math.abs(x - ex!)).toBeLessThan(1);
				expect(Math.abs(y - ey!)).toBeLessThan(1);
			}
		});
	}

	test('a frame that would need a closer zoom stops at maxZoom, still centred in the room inside the padding', () => {
		const fit = fitMercator([[36.3, 33.6], [36.3001, 33.6001]], DESKTOP_MAP);
		expect(fit.zoom).toBe(12);
		const [x, y] = fit.projection([36.30005, 33.60005])!;
		const { top, bottom } = viewport.padding;
		expect(Math.abs(x - 440)).toBeLessThan(1);
		expect(Math.abs(y - (400 + (top - bottom) / 2))).toBeLessThan(1);
	});
});

describe('placeLabels', () => {
	test('a label that may overlap is placed over others, and keeps the labels after it away', () => {
		const label = { x: 100, y: 100, width: 50, height: 20, offset: 0, padding: 0, anchors: ['center'] as const };
		const placed = placeLabels([{ ...label }, { ...label, allowOverlap: true }, { ...label, x: 110 }], { width: 400, height: 400 });
		expect(placed.map((spot) => spot?.anchor)).toEqual(['center', 'center', undefined]);
	});

	test('a label that would cover one placed before it moves to its next anchor, or is left out', () => {
		const label = { x: 100, y: 100, width: 50, height: 20, offset: 5, padding: 2 };
		const placed = placeLabels(
			[
				{ ...label, anchors: ['left'] },
				{ ...label, anchors: ['left', 'right'] },
				{ ...label, anchors: ['left'] }
			],
			{ width: 400, height: 400 }
		);
		expect(placed.map((spot) => spot?.anchor)).toEqual(['left', 'right', undefined]);
	});
});

test('listOf joins names as a sentence does', () => {
	expect([listOf([]), listOf(['A']), listOf(['A', 'B']), listOf(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
	const many = Array.from({ length: 15 }, (_, i) => `P${i + 1}`);
	expect(listOf(many)).toBe('P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12 and 3 more');
});

describe('staticMapSvg', () => {
	// Reading the OpenStreetMap seas and cutting a dossier's coast tiles takes a few seconds, once per dossier.
	beforeAll(() => void [dossier, hostile].map(coastArchive), 60_000);

	test('is an accessible image whose title names the place and what else is in view', async () => {
		const { svg, alt } = await staticMapSvg(dossier, { kind: 'place', id: 'damascus' });
		expect(svg).toMatch(/^<svg [^>]*role="img"/);
		expect(alt).toBe('Map of Damascus, with Sednaya Prison in view; drawn as a dashed line: Reported transfer: Damascus → Moscow');
		expect(svg).toContain(`<title>${escapeMarkup(alt)}</title>`);
	});

	test('the overview names every place', async () => {
		const { alt } = await staticMapSvg(dossier, { kind: 'overview' });
		for (const place of dossier.places) expect(alt).toContain(place.name);
	});

	test('draws the place: its footprint, its anchor and its label, English with the native name beneath', async () => {
		const { svg } = await staticMapSvg(dossier, { kind: 'place', id: 'sednaya-prison' });
		expect(svg).toContain('fill="#d55e00" fill-opacity="0.5"');
		expect(svg).toMatch(/<circle [^>]*fill="#d55e00" stroke="#ffffff"/);
		expect(svg).toMatch(/<tspan[^>]*>Sednaya Prison<\/tspan><tspan[^>]*>سجن صيدنايا<\/tspan>/);
	});

	test('gathers the places too close to tell apart on the overview into numbered clusters that name them, as the live map does', async () => {
		const { svg } = await staticMapSvg(dossier, { kind: 'overview' });
		// Khmeimim with Tartus, Damascus with Sednaya Prison: two clusters of two, in the accent colour (their layers' differ).
		expect(svg.match(/<circle [^>]*r="13" fill="#4b2f86" stroke="#ffffff"/g)).toHaveLength(2);
		expect(svg.match(/<tspan[^>]*>2<\/tspan>/g)).toHaveLength(2);
		// Each label's lines joined (a long list wraps), the English names of those that list places.
		const lines = (text: string) => [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]!);
		const labels = [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((match) => lines(match[1]!));
		const english = labels.map((label) => label.filter((line) => !/[\u0600-\u06ff]/.test(line)).join(' '));
		const names = english.filter((label) => label.includes(', ')).map((label) => label.split(', ').sort().join(' + '));
		expect(names.sort()).toEqual(['Damascus + Sednaya Prison', 'Khmeimim Air Base + Russian naval facility in Tartus']);
		// The City of Capitals stands alone: its own dot and label.
		expect(svg).toMatch(/<circle [^>]*fill="#e69f00" stroke="#ffffff"/);
		expect(svg).toMatch(/<tspan[^>]*>City of Capitals<\/tspan>/);
	});

	test('rings a place too small to see as a ring, not a disc: the layer’s opacities apply', async () => {
		const { svg } = await staticMapSvg(dossier, { kind: 'place', id: 'city-of-capitals' });
		expect(svg).toMatch(/<circle [^>]*r="23.8" fill="none" stroke="#e69f00" stroke-width="3.5"\/>/);
	});

	test('draws the same water as the live map, from the same tiles: the OpenStreetMap coast at Tartus, the river by the City of Capitals as a soft band', async () => {
		const tartus = (await staticMapSvg(dossier, { kind: 'place', id: 'tartus-naval-facility' })).svg;
		expect(tartus).toMatch(/<path d="[^"]+" fill="#d5e3ec"/);
		const capitals = (await staticMapSvg(dossier, { kind: 'place', id: 'city-of-capitals' })).svg;
		expect(capitals).toMatch(/<path d="[^"]+" fill="none" stroke="#9ec0d6" stroke-width="\d+(\.\d)?" stroke-opacity="0.7" stroke-linejoin="round" stroke-linecap="round" filter="url\(#blur-\d+\)"\/>/);
		expect(capitals).toMatch(/<defs><filter id="blur-\d+"/);
	});

	test('draws the landmarks the live map does with the same symbols: the airport at Khmeimim, labelled with its IATA code', async () => {
		const { svg } = await staticMapSvg(dossier, { kind: 'place', id: 'latakia-airbase' });
		expect(svg).toMatch(new RegExp(`<g transform="translate\\([\\d.]+ [\\d.]+\\)">${escapeRegExp(LANDMARK_ICONS.icons.airport)}</g>`));
		expect(svg).toMatch(/>[^<]*\(LTK\)<\/tspan>/);
	});

	test('is the same, byte for byte, every time', async () => {
		const route = { kind: 'overview' } as const;
		expect((await staticMapSvg(dossier, route)).svg).toBe((await staticMapSvg(dossier, route)).svg);
	});

	test('writes hostile names as text: no markup from the data survives', async () => {
		for (const route of [{ kind: 'overview' }, { kind: 'place', id: 'old-fort' }] as const) {
			const { svg } = await staticMapSvg(hostile, route, { banner: true });
			expect(svg).not.toMatch(/<(img|b|i|script|a)[\s>]/);
			expect(svg).not.toContain('onerror="');
			expect(svg).toContain('Old Fort &lt;img src=x onerror=&quot;window.__pwned=&#39;name&#39;&quot;&gt;');
		}
	});

	test('draws each dossier with its own context: a second dossier built in the same process does not get the first one’s towns', async () => {
		const town = (name: string) => ({
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: { name, population: 2_000_000, rank: 1, country: 'DE', geonames: 1, origin: 'made up for the test' },
					geometry: { type: 'Point' as const, coordinates: [10.02, 50.01] }
				}
			]
		});
		const route = { kind: 'place', id: 'old-fort' } as const;
		expect((await staticMapSvg({ ...hostile, context: town('Firsttown') }, route)).svg).toContain('Firsttown');
		const second = (await staticMapSvg({ ...hostile, context: town('Secondtown') }, route)).svg;
		expect(second).toContain('Secondtown');
		expect(second).not.toContain('Firsttown');
	});

	test('a dossier that spans the world: the overview is given every place, across the antimeridian', async () => {
		// Places near both sides of the antimeridian, where the picture's surroundings wrap around.
		const [fort] = grouped.places;
		const moved = (id: string, name: string, [lon, lat]: [number, number]) => ({
			...fort!,
			id,
			name,
			aliases: [name],
			anchor: { ...fort!.anchor, geometry: { type: 'Point' as const, coordinates: [lon, lat] } },
			footprint: {
				...fort!.footprint,
				geometry: { type: 'Polygon' as const, coordinates: [[[lon - 0.1, lat - 0.1], [lon + 0.1, lat - 0.1], [lon + 0.1, lat + 0.1], [lon - 0.1, lat + 0.1], [lon - 0.1, lat - 0.1]]] }
			}
		});
		const places = [moved('west', 'Far West', [-179.5, 10]), moved('east', 'Far East', [179.5, 10]), moved('north', 'Far North', [20, 65])];
		const world = { ...grouped, places, excerpts: [], layers: [{ id: 'all', name: 'All', kind: 'places' as const, places: places.map((place) => place.id), color: '#0072B2' }] };
		const { svg, alt } = await staticMapSvg(world, { kind: 'overview' });
		// The alt text is written from the features the picture is given: none near the edges is lost.
		for (const place of places) expect(alt).toContain(place.name);
		expect(svg).toContain('<title>Map of Far West, Far East and Far North</title>');
		// And drawn: each place's dot (the picture's edges wrap around the antimeridian).
		expect(svg.match(/<circle [^>]*fill="#0072b2" stroke="#ffffff"/g)).toHaveLength(3);
		expect((await staticMapSvg(world, { kind: 'place', id: 'north' })).alt).toContain('Far North');
	});
});
