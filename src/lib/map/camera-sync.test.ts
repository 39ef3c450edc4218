import { describe, expect, test } from 'vitest';
import { cameraFromHash, fitOptions } from './camera-sync';
import { CONTROLS_BOTTOM, FIT_MARGIN } from './fit-options';

describe('cameraFromHash', () => {
	test('a #map= fragment is MapLibre camera options, longitude first', () => {
		expect(cameraFromHash('#map=7/34.8/36.5/10/20')).toEqual({ center: [36.5, 34.8], zoom: 7, bearing: 10, pitch: 20 });
	});
	test('no fragment, or a malformed one, names no camera', () => {
		expect(cameraFromHash('')).toBeUndefined();
		expect(cameraFromHash('#map=7/abc/36.5')).toBeUndefined();
	});
});

describe('fitOptions', () => {
	test('keeps the frame clear of the panels by a margin, and no deeper than the basemap shows', () => {
		const options = fitOptions({ top: 0, right: 0, bottom: 200, left: 400 }, 12);
		expect(options.padding).toEqual({ top: FIT_MARGIN, right: FIT_MARGIN, bottom: 200 + FIT_MARGIN, left: 400 + FIT_MARGIN });
		expect(options.maxZoom).toBe(12);
	});
	test('keeps the frame clear of the controls along the bottom, unless a panel there covers them', () => {
		expect(fitOptions({ top: 0, right: 0, bottom: 0, left: 0 }, 12).padding.bottom).toBe(CONTROLS_BOTTOM + FIT_MARGIN);
	});
});
