import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

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

/** An SVG rasterised at its own size with resvg (server side only: a native module). */
export function svgToPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
		shapeRendering: 2,
		textRendering: 1
	});
	return resvg.render().asPng();
}
