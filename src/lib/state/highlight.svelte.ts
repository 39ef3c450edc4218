/**
 * Which places the reader is pointing at, in the text or on the map: the map lights their
 * footprints, the panel lights their excerpts. One shared value, so text and map stay linked
 * both ways.
 */
export const highlight = $state<{ places: string[] }>({ places: [] });

/** Whether any of `places` is being pointed at. */
export function isLit(places: readonly string[]): boolean {
	return places.some((place) => highlight.places.includes(place));
}
