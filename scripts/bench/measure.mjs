/**
 * In-page probes, the same for app and floor pages (injected before any page script runs).
 *
 * - text visible: as soon as the parser inserts the first excerpt (`[data-excerpt] blockquote p`),
 *   a MutationObserver gives it `elementtiming="bench-first-excerpt"`, and a PerformanceObserver of
 *   type `element` reports its `renderTime` (ms after navigation start) — the Element Timing API's
 *   paint time of that text. (Fallback, if no entry: the first requestAnimationFrame after it exists.)
 * - map idle: `performance.now()` when `[data-testid=map]` gets `data-map-idle="true"` (set by both
 *   app and floor in MapLibre's `idle` handler) while the map has the dossier layers and `loaded()`.
 */
export function probe() {
	const bench = (window.__bench = { textPaint: null, textRaf: null, idle: null });
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (entry.identifier === 'bench-first-excerpt' && bench.textPaint === null) bench.textPaint = entry.renderTime || entry.loadTime;
			}
		}).observe({ type: 'element', buffered: true });
	} catch {
		// no Element Timing: the rAF fallback stands
	}
	const check = () => {
		if (bench.textRaf === null) {
			const text = document.querySelector('[data-excerpt] blockquote p');
			if (text && !text.hasAttribute('elementtiming')) {
				text.setAttribute('elementtiming', 'bench-first-excerpt');
				requestAnimationFrame((time) => (bench.textRaf = time));
			}
		}
		if (bench.idle === null) {
			const element = document.querySelector('[data-testid=map]');
			const map = element?.__map;
			if (element?.dataset.mapIdle === 'true' && map?.getLayer('dossier-fill') && map.loaded()) bench.idle = performance.now();
		}
	};
	new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-map-idle'] });
}

/** Waits for the probe's figures; `what` lists which ones the page must report. */
export async function waitFor(page, what, timeout = 60_000) {
	await page.waitForFunction(
		(what) => {
			const bench = window.__bench;
			if (!bench) return false;
			if (what.includes('text') && bench.textPaint === null && bench.textRaf === null) return false;
			if (what.includes('idle') && bench.idle === null) return false;
			return true;
		},
		what,
		{ timeout, polling: 50 }
	);
	// Give Element Timing a moment to deliver its entry after the frame.
	if (what.includes('text')) await page.waitForFunction(() => window.__bench.textPaint !== null, null, { timeout: 1000, polling: 50 }).catch(() => {});
	return page.evaluate(() => {
		const bench = window.__bench;
		return { text: bench.textPaint ?? bench.textRaf, textSource: bench.textPaint !== null ? 'element-timing' : 'raf', idle: bench.idle };
	});
}

/** What the map shows at idle: a check that the basemap and dossier layers are really drawn. */
export async function mapState(page) {
	return page.evaluate(() => {
		const element = document.querySelector('[data-testid=map]');
		const map = element.__map;
		const box = element.getBoundingClientRect();
		const layers = map.getStyle().layers.map((layer) => layer.id);
		const dossierLayers = layers.filter((id) => id.startsWith('dossier-'));
		const rendered = {};
		for (const id of dossierLayers) rendered[id] = map.queryRenderedFeatures({ layers: [id] }).length;
		const center = map.getCenter();
		return {
			camera: { lon: center.lng, lat: center.lat, z: map.getZoom(), b: map.getBearing(), p: map.getPitch() },
			// West, south, east, north: what the floor fits into its own box.
			bounds: map.getBounds().toArray().flat(),
			box: { l: Math.round(box.left), t: Math.round(box.top), w: Math.round(box.width), h: Math.round(box.height) },
			viewport: { w: window.innerWidth, h: window.innerHeight },
			sourcesLoaded: Object.keys(map.getStyle().sources).every((id) => map.isSourceLoaded(id)),
			layerCount: layers.length,
			rendered,
			// Keys of the dossier's layers (layers.json) with something drawn in view.
			drawnLayers: [...new Set(map.queryRenderedFeatures({ layers: dossierLayers }).map((f) => f.properties.layer))].sort()
		};
	});
}

/** Used JS heap after a full GC, in bytes (CDP Runtime.getHeapUsage on the page's main isolate). */
export async function heapUsed(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	await cdp.detach();
	return usedSize;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * A scripted drag over the map (trusted mouse events, about 60 moves a second for `duration` ms),
 * with every animation-frame interval recorded in the page meanwhile.
 * @returns {Promise<number[]>} frame times in ms
 */
export async function dragFrames(page, { duration = 2000 } = {}) {
	const box = await page.evaluate(() => {
		const r = document.querySelector('[data-testid=map]').getBoundingClientRect();
		return { x: r.left, y: r.top, w: r.width, h: r.height };
	});
	const x0 = box.x + box.w * 0.5;
	const y0 = box.y + box.h * 0.35;
	await page.mouse.move(x0, y0);
	await page.evaluate(() => {
		const frames = (window.__frames = []);
		let last = null;
		const tick = (time) => {
			if (last !== null) frames.push(time - last);
			last = time;
			if (!window.__framesStop) requestAnimationFrame(tick);
		};
		window.__framesStop = false;
		requestAnimationFrame(tick);
	});
	await page.mouse.down();
	const start = Date.now();
	for (let t = 0; t < duration; t = Date.now() - start) {
		const f = t / duration;
		// Out and back along a loop, so the whole drag stays over the map.
		const angle = f * 2 * Math.PI;
		await page.mouse.move(x0 + Math.sin(angle) * box.w * 0.25, y0 + (1 - Math.cos(angle)) * box.h * 0.2);
		await sleep(16);
	}
	await page.mouse.up();
	await sleep(100);
	return page.evaluate(() => {
		window.__framesStop = true;
		return window.__frames;
	});
}

/**
 * Clicks a place on the overview map (its anchor, inside its footprint) and times mousedown →
 * the panel showing that place's heading and excerpts, at the frame after they are in the DOM
 * (requestAnimationFrame, then a task: the paint of that frame has been issued).
 */
export async function clickToPanel(page) {
	const target = await page.evaluate(() => {
		const map = document.querySelector('[data-testid=map]').__map;
		const box = map.getContainer().getBoundingClientRect();
		const anchors = map.queryRenderedFeatures({ layers: ['dossier-anchor'] });
		for (const anchor of anchors) {
			const point = map.project(anchor.geometry.coordinates);
			if (point.x < 20 || point.y < 20 || point.x > box.width - 60 || point.y > box.height - 60) continue;
			const hits = map.queryRenderedFeatures(
				[
					[point.x - 4, point.y - 4],
					[point.x + 4, point.y + 4]
				],
				{ layers: ['dossier-anchor', 'dossier-fill', 'dossier-arc-hit'] }
			);
			if (hits[0]?.properties.key === anchor.properties.key) {
				return { key: anchor.properties.key, name: anchor.properties.name, x: box.left + point.x, y: box.top + point.y };
			}
		}
		return null;
	});
	if (!target) throw new Error('no clickable place on the overview');
	await page.evaluate((name) => {
		const state = (window.__click = { down: null, shown: null });
		addEventListener('mousedown', (event) => (state.down = event.timeStamp), { capture: true, once: true });
		const observer = new MutationObserver(() => {
			const heading = document.querySelector('#place-heading');
			if (heading?.textContent.includes(name) && document.querySelector('article.place [data-excerpt]')) {
				observer.disconnect();
				requestAnimationFrame(() => setTimeout(() => (state.shown = performance.now())));
			}
		});
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
	}, target.name);
	await page.mouse.click(target.x, target.y);
	await page.waitForFunction(() => window.__click.shown !== null, null, { timeout: 20_000, polling: 50 });
	const { down, shown } = await page.evaluate(() => window.__click);
	return { key: target.key, ms: shown - down };
}
