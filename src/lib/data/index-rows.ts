import type { LayerSummary, ListedPlace } from './views';

/** A place as the index links it. */
export type IndexPlace = Pick<ListedPlace, 'id' | 'name' | 'excerptCount'>;

/** One layer of the index: its switch, the places it holds and what pointing at it lights. */
export interface IndexRow {
	layer: LayerSummary;
	/**
	 * Its places in legend order: the one place of a one-place layer always; the places of a
	 * layer of several once the list of every place is loaded (undefined until then); none for an arc.
	 */
	places: IndexPlace[] | undefined;
	/** The feature keys pointing at the row lights on the map: its places, or the arc itself. */
	lights: string[];
}

/**
 * Whether the index needs the list of every place (`/data/places.json`) to link each place: the
 * index every page carries names a place only through a layer that holds it alone.
 */
export const needsPlaceList = (layers: readonly LayerSummary[]): boolean => layers.some((layer) => layer.placeCount > 1);

/**
 * The index's rows, top layer first as a legend reads.
 * @param all - the list of every place (in legend order, as `placeSummaries` gives it), if loaded
 */
export function indexRows(layers: readonly LayerSummary[], all?: readonly ListedPlace[]): IndexRow[] {
	return [...layers].reverse().map((layer): IndexRow => {
		if (layer.kind === 'arc') return { layer, places: [], lights: [layer.id] };
		const places = layer.place ? [layer.place] : all?.filter((place) => place.layer === layer.id);
		return { layer, places, lights: (places ?? []).map((place) => place.id) };
	});
}
