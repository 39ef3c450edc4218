import { describe, expect, test } from 'vitest';
import type { Bounds } from '../geo/frame';
import { fitMercator } from '../static-map/fit';
import { clearOfControls, DESKTOP_CONTROLS } from './controls-room';

// The Sudan draft's overview: Nyala in the south-west corner, Jeddah in the north-east one.
const nyala: [number, number] = [24.88, 12.05];
const jeddah: [number, number] = [39.19, 21.49];
const khartoum: [number, number] = [32.53, 15.55];
const bounds: Bounds = [nyala, jeddah];
const viewport = { width: 880, height: 800, padding: 48, maxZoom: 12 };

const inCorner = (padding: ReturnType<typeof clearOfControls>, point: [number, number]) => {
	const [x = 0, y = 0] = fitMercator(bounds, { ...viewport, padding }).projection(point)!;
	return x > viewport.width - DESKTOP_CONTROLS.width && y < DESKTOP_CONTROLS.height;
};

describe('clearOfControls', () => {
	test('keeps the frame as it is when no place falls under the controls', () => {
		expect(clearOfControls(bounds, [nyala, khartoum], viewport, DESKTOP_CONTROLS)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
		expect(clearOfControls(bounds, [], viewport, DESKTOP_CONTROLS)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
	});

	test('gives up the controls’ room on one side when a place would fall under them, and the place is then clear', () => {
		const plain = { top: 48, right: 48, bottom: 48, left: 48 };
		expect(inCorner(plain, jeddah)).toBe(true);
		const padding = clearOfControls(bounds, [nyala, khartoum, jeddah], viewport, DESKTOP_CONTROLS);
		expect(inCorner(padding, jeddah)).toBe(false);
		// One side only, the other margins as they were.
		const grown = (['top', 'right'] as const).filter((side) => padding[side] > 48);
		expect(grown).toHaveLength(1);
		expect([padding.bottom, padding.left]).toEqual([48, 48]);
	});
});
