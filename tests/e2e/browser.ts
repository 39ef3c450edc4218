import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

/**
 * Launches Debian's Chromium headless (playwright-core gives it a fresh temporary profile) and
 * returns a function that opens each page in a context of its own.
 */
export async function startBrowser(): Promise<{
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
}> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
	return {
		newPage: async (options) => (await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })).newPage(),
		close: () => browser.close()
	};
}
