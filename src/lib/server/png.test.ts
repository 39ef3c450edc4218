import { expect, test } from 'vitest';
import { svgToPng } from './png';

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return [view.getUint32(16), view.getUint32(20)];
};
/** The IHDR's colour type: 3 is a palette of at most 256 colours. */
const colourType = (png: Uint8Array) => png[25];

test('rasterises an SVG at its own size, text included, and keeps answering past a worker’s last picture', async () => {
	const svg = (i: number) =>
		`<svg xmlns="http://www.w3.org/2000/svg" width="${20 + (i % 3)}" height="12"><rect width="10" height="10" fill="#d55e00"/><text y="10" font-size="8">دمشق ${i}</text></svg>`;
	// More pictures than one worker draws, asked all at once: each answer is its own picture's.
	const pngs = await Promise.all(Array.from({ length: 130 }, (_, i) => svgToPng(svg(i))));
	pngs.forEach((png, i) => expect(size(png), `picture ${i}`).toEqual([20 + (i % 3), 12]));
	expect(pngs.map(colourType)).toEqual(pngs.map(() => 3));
}, 60_000);

test('a picture resvg cannot read is an error that says so, and the next one still draws', async () => {
	await expect(svgToPng('<svg')).rejects.toThrow(/^resvg: /);
	expect(size(await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="5" height="6"/>'))).toEqual([5, 6]);
});
