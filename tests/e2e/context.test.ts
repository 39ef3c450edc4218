import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserSession, mapIdle, screenshot } from './harness';

const browser = browserSession();
beforeAll(() => browser.start());
afterAll(() => browser.stop());

/** The context places (GeoNames) whose labels MapLibre has drawn, with their native names. */
const contextLabels = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const map = (document.querySelector('[data-testid=map]') as any).__map;
		const features = map.queryRenderedFeatures({ layers: ['context-labels'] });
		return [...new Map<string, string>(features.map((f: any) => [f.properties.name, f.properties.native ?? ''])).entries()].sort();
	});

describe('named context around the places, offline', () => {
	// A local name is written only where GeoNames tags it with the country's language: Moscow's districts
	// and Saydnaya have none tagged (their Cyrillic and Arabic alternates say no language), so none.
	test('the City of Capitals opens among Moscow districts, named in English, and in Russian only where tagged', async () => {
		const watched = await browser.open('/place/city-of-capitals');
		await mapIdle(watched.page);
		const labels = await contextLabels(watched.page);
		await screenshot(watched.page, 'context-city-of-capitals');
		expect(labels).toContainEqual(['Presnenskiy', '']);
		expect(labels.every(([, native]) => /^[А-Яа-яЁё -]*$/.test(native))).toBe(true);
		await browser.done(watched);
	});

	test('around Sednaya Prison the towns are named in English and, where GeoNames tags it, Arabic: its frame takes in the nearest', async () => {
		const watched = await browser.open('/place/sednaya-prison');
		const { page } = watched;
		await mapIdle(page);
		const labels = await contextLabels(page);
		await screenshot(page, 'context-sednaya-prison');
		expect(labels).toContainEqual(['Şaydnāyā', '']);
		expect(labels.some(([, native]) => native !== '')).toBe(true);
		expect(labels.every(([, native]) => /^[\u0600-\u06FF ]*$/.test(native))).toBe(true);
		await browser.done(watched);
	});
});
