/**
 * How this project runs Chromium headless, for the browser tests and the benchmark alike:
 * Debian's binary (playwright-core downloads none), WebGL through SwiftShader on the CPU, and no
 * background traffic (the machine's network is closed; Chromium would keep trying).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
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
