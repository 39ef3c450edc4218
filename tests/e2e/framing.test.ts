import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserSession, mapIdle } from './harness';

// Each place's footprint, from the export every other tool reads.
const exported: FeatureCollection = JSON.parse(readFileSync('build/dossier.geojson', 'utf8'));
const footprints = exported.features.filter((feature) => feature.properties?.kind !== 'arc') as Feature[];
const OFFLINE_MAX_ZOOM = 12;

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

/** The distinct names MapLibre has written on the map (towns, water, regions, landmarks, countries, other dossier places), and the zoom. */
function view(page: Page, place: string) {
	return page.evaluate((place) => {
		const map = (document.querySelector('[data-testid=map]') as any).__map;
		const labels = map.queryRenderedFeatures({ layers: ['context-labels', 'water-labels', 'river-labels', 'region-labels', 'airport-labels', 'port-labels', 'country-labels', 'dossier-label'] });
		const names = new Set<string>();
		for (const feature of labels) if (feature.properties.key !== place) names.add(feature.properties.name);
		const lines = map.queryRenderedFeatures({ layers: ['coast-sea', 'lake', 'river', 'boundary'] }).length;
		return { names: [...names].sort(), lines, zoom: map.getZoom(), width: map.getCanvas().clientWidth, ring: map.queryRenderedFeatures({ layers: ['dossier-ring'] }).map((f: any) => f.properties.key) };
	}, place);
}

for (const footprint of footprints) {
	const id = String(footprint.id);
	test(`/place/${id} opens with its footprint plainly visible among at least three named features, no deeper than the offline map shows`, async () => {
		const watched = await browser.open(`/place/${id}`);
		const { page } = watched;
		await mapIdle(page);
		const seen = await view(page, id);
		expect(seen.zoom).toBeLessThanOrEqual(OFFLINE_MAX_ZOOM + 1e-9);
		// At least three named things around it; a coast, water or a border counts as one more.
		expect(seen.names.length + (seen.lines > 0 ? 1 : 0), seen.names.join(', ')).toBeGreaterThanOrEqual(3);
		const [west, south, east, north] = bbox(footprint);
		const [left, right] = await page.evaluate(
			([a, b]) => {
				const map = (document.querySelector('[data-testid=map]') as any).__map;
				return [map.project(a).x, map.project(b).x];
			},
			[
				[west, (south + north) / 2],
				[east, (south + north) / 2]
			]
		);
		const share = (right - left) / seen.width;
		// Plainly visible: 5 % of the map's width, or a ring of that size around it.
		if (share < 0.05) expect(seen.ring, `${id} spans ${(share * 100).toFixed(1)} % of the map`).toContain(id);
		else expect(share).toBeLessThan(0.9);
		await browser.done(watched);
	});
}
