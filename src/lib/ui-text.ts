/**
 * Every sentence the interface says, in one place, so that another language (an Arabic interface,
 * right to left) is a new table rather than a hunt through components.
 */
export const ui = {
	appName: 'Dossier Map',
	skipToPanel: 'Skip to the excerpts',
	placesHeading: 'Places',
	indexSummary: 'All places and map layers',
	/** The overview's description, for search engines and link previews. */
	overviewDescription: (title: string | undefined) => `The places ${title ?? 'the source'} speaks of, on a map, beside the exact excerpts that name them.`,
	overviewLead: (places: number, links: number) =>
		`${places} places, ${links} links from the text to them. Choose a place on the map or in the list to read every line that speaks of it.`,
	downloadGeoJson: 'Download the dossier (GeoJSON)',
	layersLegend: 'Layers on the map',
	showLayer: 'Show',
	openPlace: (name: string) => `Open ${name}: `,
	excerptCount: (n: number) => `${n} excerpt${n === 1 ? '' : 's'}`,
	placeCount: (n: number) => `${n} place${n === 1 ? '' : 's'}`,
	paragraph: 'Paragraph',
	caption: 'Photo caption',
	line: (n: number) => `line ${n}`,
	findLabel: 'Find',
	findPlaceholder: 'A place in any language, or words of the text',
	findResults: 'Places and excerpts found',
	findPlace: 'Place',
	findExcerpt: 'Excerpt',
	findCount: (n: number) => (n === 0 ? 'Nothing found' : `${n} found; arrow keys to choose, Enter to open`),
	showPanel: 'Show the text',
	hidePanel: 'Show the map',
	copyLink: 'Copy link',
	embed: 'Embed',
	embedCopied: 'Embed code copied',
	embedSnippet: 'Embed code',
	openFullMap: 'Open the full map',
	openFullPage: 'Open this place in Dossier Map',
	copyCitation: 'Copy citation',
	readInContext: 'Read in context',
	sourceHeading: 'The full text',
	linkedPlaces: 'Speaks of',
	/** What a mention's words are, for its title: "names Damascus", "names A and B". */
	names: (places: string[]) => `names ${places.join(' and ')}`,
	copied: 'Copied',
	copyFailed: 'Copy failed: select the address bar instead',
	mapLoading: 'Loading the map…',
	basemapLegend: 'Basemap',
	basemapOffline: 'offline, ships with the app',
	basemapFrom: (hosts: readonly string[]) => `loads from ${hosts.join(', ')}`,
	basemapShown: (name: string) => `Basemap: ${name}`,
	basemapFailed: (name: string, hosts: readonly string[], reason: string) =>
		`${name} could not be loaded from ${hosts.join(', ')} (${reason}). Showing the offline map.`,
	mapUnavailable:
		'The map cannot be shown: this browser has no WebGL. Everything the map shows is also listed here as text.',
	mapFailed: (reason: string) => `The map could not be drawn (${reason}). The excerpts still read beside it.`,
	contextLost: 'The map lost its graphics context; restoring it…',
	nothingHere: (nearest: string, km: string) => `Nothing here. The nearest place is ${nearest}, ${km} away.`,
	nothingVisible: 'Nothing here, and no place layer is shown.',
	clusterOpened: (n: number, names: string) => `${n} places close together: ${names}. Zoomed in to show each.`,
	clusterStacked: (n: number, names: string) => `${n} places at the same spot: ${names}. Choose one:`,
	showingPlace: (name: string, n: number) => `${name}: ${n} excerpt${n === 1 ? '' : 's'}`,
	noJsMap: 'The map needs JavaScript; every place and excerpt is listed as text.',
	notFoundTitle: 'Not found',
	notFoundLead: 'There is nothing at this address. These are the places in the dossier:',
	errorTitle: 'Something went wrong',
	backToOverview: 'All places',
	distances: 'Distances to the other places',
	origin: 'Where the geometry comes from',
	excerptsHeading: 'What the text says',
	publisherUnknown: 'publisher not known'
} as const;

/**
 * A whole number with thousands commas: 2,457. Not `toLocaleString('en')`: its first call sets up
 * ICU's number formatting, a stall while the page hydrates, before the map can start.
 */
export function groupThousands(n: number): string {
	return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Kilometres for people: 17.2 km, 2,474 km, 350 m. */
export function formatDistance(km: number): string {
	if (km < 1) return `${Math.round(km * 1000)} m`;
	if (km < 100) return `${km.toFixed(1)} km`;
	return `${groupThousands(km)} km`;
}

/** Square kilometres for people: 105 km², 1.42 km², 1.0 ha. */
export function formatArea(km2: number): string {
	if (km2 < 0.1) return `${(km2 * 100).toFixed(1)} ha`;
	if (km2 < 10) return `${km2.toFixed(2)} km²`;
	return `${groupThousands(km2)} km²`;
}

/** `33.5131° N, 36.2919° E` */
export function formatLonLat([lon, lat]: readonly number[]): string {
	const part = (value: number, positive: string, negative: string) =>
		`${Math.abs(value).toFixed(4)}° ${value >= 0 ? positive : negative}`;
	return `${part(lat!, 'N', 'S')}, ${part(lon!, 'E', 'W')}`;
}

/** A place's facts as one line: `prison · SY · anchor 33.6650° N, 36.3286° E · footprint 1.42 km², …`. */
export function formatPlaceFacts(place: { kind: string; country: string; anchor: readonly number[]; areaKm2: number; precisionM: number }): string {
	const outline = `an approximate outline (within about ${groupThousands(place.precisionM)} m)`;
	return `${place.kind.replaceAll('-', ' ')} · ${place.country} · anchor ${formatLonLat(place.anchor)} · footprint ${formatArea(place.areaKm2)}, ${outline}`;
}
