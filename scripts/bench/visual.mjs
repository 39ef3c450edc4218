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
 * Visually complete (the first frame whose colour histogram matches the last one's) and speed
 * index, in ms after the page's navigation start.
 * @param {TraceEvent[]} traceEvents - the `traceEvents` of a trace taken with FILMSTRIP
 */
export async function visualProgress(traceEvents) {
	const navigation = traceEvents.find(
		(event) => event.name === 'navigationStart' && event.args?.data?.isLoadingMainFrame && /^https?:/.test(event.args.data.documentLoaderURL ?? '')
	);
	if (!navigation) throw new Error('trace: no navigationStart for the page, so no time origin');
	const result = await speedline(traceEvents, { timeOrigin: navigation.ts, include: 'speedIndex' });
	return { completeMs: result.complete, speedIndex: result.speedIndex };
}
