import href from 'maplibre-gl/dist/maplibre-gl.css?url';

/**
 * MapLibre's stylesheet (70 KB, mostly its control icons), fetched only when the map is drawn.
 * Imported as a plain URL, not as CSS: SvelteKit would put imported CSS in every page's head as a
 * render-blocking link, holding back the first paint of the text for the sake of a map that
 * loads after it. Resolves once the sheet applies, so the map never starts unstyled.
 */
export function loadMapLibreCss(): Promise<void> {
	const existing = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
	if (existing?.sheet) return Promise.resolve();
	const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	const loaded = new Promise<void>((resolve, reject) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
	});
	if (!existing) document.head.append(link);
	return loaded;
}
