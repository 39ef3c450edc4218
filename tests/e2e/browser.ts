import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium on a machine with no GPU and no way out to the internet. */
const ARGS = [
	'--no-sandbox',
	'--use-gl=angle',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/**
 * Launches Debian's Chromium headless (playwright-core gives it a fresh temporary profile) and
 * returns a function that opens each page in a context of its own.
 */
export async function startBrowser(): Promise<{
	newPage: (options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
}> {
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
	return {
		newPage: async (options) => (await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })).newPage(),
		close: () => browser.close()
	};
}
