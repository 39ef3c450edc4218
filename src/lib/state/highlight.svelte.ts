/**
 * Which place the reader is pointing at, in the text or on the map: the map lights its footprint,
 * the panel lights its excerpts. One shared value, so text and map stay linked both ways.
 */
export const highlight = $state<{ place: string | null }>({ place: null });
