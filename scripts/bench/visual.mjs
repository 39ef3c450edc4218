/**
 * What the reader sees: when the page stops changing on screen, from the screenshots Chromium
 * records of the frames it presents (a trace, as Lighthouse takes one), measured with speedline —
 * the library Lighthouse computes its Speed Index with.
 *
 * MapLibre's `idle` says the map has nothing left to do on the main thread; the frames it drew may
 * still be waiting for the GPU. A canvas hidden until `idle` reached it 20 % sooner and yet was seen
 * complete later than a canvas shown all along: only a filmstrip tells the two apart.
 */
import speedline from 'speedline-core';

/**
 * A Chromium trace event, with the fields of `navigationStart` this module reads.
 * @typedef {import('speedline-core').TraceEvent & { args: { data?: { isLoadingMainFrame?: boolean, documentLoaderURL?: string } } }} TraceEvent
 */

/** Tracing options for `browser.startTracing(page, …)` that record a filmstrip. */
export const FILMSTRIP = {
	screenshots: true,
	categories: ['devtools.timeline', 'disabled-by-default-devtools.screenshot', 'loading', 'blink.user_timing']
};

/**
 * Visually complete (the first frame whose colour histogram matches the last one's), speed index,
 * and map visible, in ms after the page's navigation start.
 * @param {TraceEvent[]} traceEvents - the `traceEvents` of a trace taken with FILMSTRIP
 * @param {{ box?: { l: number, t: number, w: number, h: number }, viewport?: { width: number } }} [options] -
 *   the map's box in CSS pixels and the window's width, for `mapVisibleMs`
 */
export async function visualProgress(traceEvents, { box, viewport } = {}) {
	const navigation = traceEvents.find(
		(event) => event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame && /^https?:/.test(event.args.data.documentLoaderURL ?? '')
	);
	if (!navigation) throw new Error('trace: no navigationStart for the page, so no time origin');
	const result = await speedline(traceEvents, { timeOrigin: navigation.ts, include: 'speedIndex' });
	const mapVisibleMs = box && viewport ? mapVisible(result.frames, box, viewport.width, result.beginning) : null;
	return { completeMs: result.complete, speedIndex: result.speedIndex, mapVisibleMs };
}

/**
 * When the map is first on screen: the first frame whose map area (a) is not one flat colour (at
 * least 1 % of its 8-px blocks differ from the commonest) and (b) looks like the last frame's map
 * area: at least 85 % of its 8-px blocks within 12 levels a channel of the last frame's (labels
 * placed a little differently, JPEG noise and a scale bar do not count; the basemap's land, 13–22
 * levels from white, does not pass for a blank page). (a) rules out the empty area and (b) a
 * loading notice or the map's controls over it.
 * @param {import('speedline-core').Output['frames']} frames
 * @param {{ l: number, t: number, w: number, h: number }} box - the map's box, CSS pixels
 * @param {number} width - the window's width, CSS pixels
 * @param {number} beginning - the time origin of the frames' timestamps, ms
 * @returns {number} ms after `beginning`, or NaN when no frame qualifies
 */
function mapVisible(frames, box, width, beginning) {
	const last = /** @type {{ width: number, height: number, data: Uint8Array }} */ (frames.at(-1)?.getParsedImage());
	if (!last) return NaN;
	const scale = last.width / width;
	const block = Math.max(2, Math.round(8 * scale));
	// Inset by 4 px: the area's edges blur into the panel in a scaled JPEG.
	const x0 = Math.round((box.l + 4) * scale), x1 = Math.round((box.l + box.w - 4) * scale);
	const y0 = Math.round((box.t + 4) * scale), y1 = Math.round((box.t + box.h - 4) * scale);
	/** Mean colour of each block of the map area. */
	const blocks = (/** @type {{ width: number, data: Uint8Array }} */ image) => {
		/** @type {[number, number, number][]} */
		const means = [];
		const at = (/** @type {number} */ i) => image.data[i] ?? 0;
		for (let by = y0; by + block <= y1; by += block) {
			for (let bx = x0; bx + block <= x1; bx += block) {
				let r = 0, g = 0, b = 0;
				for (let y = by; y < by + block; y++) {
					for (let x = bx; x < bx + block; x++) {
						const i = (y * image.width + x) * 4;
						r += at(i);
						g += at(i + 1);
						b += at(i + 2);
					}
				}
				const n = block * block;
				means.push([r / n, g / n, b / n]);
			}
		}
		return means;
	};
	const near = (/** @type {[number, number, number]} */ a, /** @type {[number, number, number] | undefined} */ b) =>
		b !== undefined && Math.abs(a[0] - b[0]) <= 12 && Math.abs(a[1] - b[1]) <= 12 && Math.abs(a[2] - b[2]) <= 12;
	const target = blocks(last);
	for (const frame of frames) {
		const image = frame.getParsedImage();
		if (image.width !== last.width || frame.getTimeStamp() <= beginning) continue;
		const means = blocks(image);
		const counts = new Map();
		for (const [r, g, b] of means) {
			const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const flat = Math.max(...counts.values()) / means.length > 0.99;
		const alike = means.filter((mean, i) => near(mean, target[i])).length / means.length;
		if (!flat && alike >= 0.85) return Math.floor(frame.getTimeStamp() - beginning);
	}
	return NaN;
}
