import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/** The TTFs that ship with the project, so the picture never depends on the fonts of the machine that builds it. */
function fontFiles(): string[] {
	const latin = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
	const arabic = dirname(require.resolve('@expo-google-fonts/noto-sans-arabic/package.json'));
	return [
		join(latin, '400Regular/NotoSans_400Regular.ttf'),
		join(latin, '700Bold/NotoSans_700Bold.ttf'),
		join(arabic, '400Regular/NotoSansArabic_400Regular.ttf'),
		join(arabic, '700Bold/NotoSansArabic_700Bold.ttf')
	];
}

/**
 * resvg-js (2.6) keeps each rendered picture's pixels (about 3 MB at 880 × 800) until its thread
 * ends: not even a full garbage collection frees them, and a build of 10 000 places ran out of
 * memory. So pictures are drawn in a worker thread that is replaced after this many, which frees
 * them all.
 */
const PICTURES_PER_WORKER = 100;

/** The worker: CommonJS source run with `eval`, so the bundled server needs no file of its own for it. It answers with the picture's RGBA pixels. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const options = { font: { fontFiles: workerData.fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' }, shapeRendering: 2, textRendering: 1 };
parentPort.on('message', (svg) => {
	try {
		const image = new Resvg(svg, options).render();
		const pixels = new Uint8Array(image.pixels);
		parentPort.postMessage({ pixels, width: image.width, height: image.height }, [pixels.buffer]);
	} catch (error) {
		parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
	}
});
`;

type Rendered = { pixels: Uint8Array; width: number; height: number };

let worker: Worker | undefined;
let drawnByWorker = 0;
/** One picture at a time: the worker answers in order. */
let queue: Promise<unknown> = Promise.resolve();

async function render(svg: string): Promise<Rendered> {
	if (!worker || drawnByWorker >= PICTURES_PER_WORKER) {
		await worker?.terminate();
		worker = new Worker(WORKER, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js'), fonts: fontFiles() } });
		// The build must be able to end while the worker waits for the next picture.
		worker.unref();
		drawnByWorker = 0;
	}
	drawnByWorker++;
	const current = worker;
	return new Promise((resolve, reject) => {
		const fail = (error: Error) => reject(error);
		current.once('error', fail);
		current.once('message', (answer: Partial<Rendered> & { error?: string }) => {
			current.off('error', fail);
			if (answer.error === undefined) resolve(answer as Rendered);
			else reject(new Error(`resvg: ${answer.error}`));
		});
		current.postMessage(svg);
	});
}

/**
 * A picture's pixels as a PNG of at most 256 colours (libimagequant, through sharp). A map is flat
 * colour with soft edges: such a PNG looks the same at about 0.3 of resvg's own PNG's bytes, and
 * every page, embed and link preview carries one. Measured on 40 of the 10 000-place study's
 * pictures (bench/README.md, "Large dossiers"): the quickest effort without dithering is also the
 * smallest (with dithering at that effort, 150 ms a picture instead of 25, and larger), and a
 * quality of 90 takes fewer colours where they are not needed (20 ms, 0.30 of the bytes, against
 * 25 ms and 0.37). The encoding runs on libuv's thread pool, beside the next page's rendering.
 */
function encode({ pixels, width, height }: Rendered): Promise<Buffer> {
	return sharp(pixels, { raw: { width, height, channels: 4 } }).png({ palette: true, effort: 1, dither: 0, quality: 90 }).toBuffer();
}

/** An SVG rasterised at its own size with resvg (server side only: a native module), with the project's fonts. */
export function svgToPng(svg: string): Promise<Uint8Array> {
	const rendered = queue.then(() => render(svg));
	queue = rendered.catch(() => undefined);
	return rendered.then(encode);
}

/** A picture as the answer of a prerendered `.png` route. */
export async function pngResponse(svg: string): Promise<Response> {
	return new Response(Buffer.from(await svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
}
