import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { Position } from 'geojson';
import { distanceKm } from './distance';

/** An item found near a point, with its great-circle distance in kilometres. */
export interface Near<T> {
	item: T;
	km: number;
}

/**
 * A static spatial index over the points of many items (a kd-tree: kdbush, searched on the sphere
 * by geokdbush), so that asking for the items near each of N places costs about N log N rather
 * than N × N: the build asks it for every place of dossiers of thousands.
 */
export class PointIndex<T> {
	readonly #items: readonly T[];
	readonly #at: (item: T) => Position;
	readonly #tree: KDBush;

	/** @param at - the item's `[longitude, latitude]` */
	constructor(items: readonly T[], at: (item: T) => Position) {
		this.#items = items;
		this.#at = at;
		// kdbush refuses an empty index; one is never searched.
		this.#tree = new KDBush(Math.max(items.length, 1));
		for (const item of items) {
			const [lon = 0, lat = 0] = at(item);
			this.#tree.add(lon, lat);
		}
		if (items.length === 0) this.#tree.add(0, 0);
		this.#tree.finish();
	}

	/**
	 * The items nearest to a point, nearest first, with their distances (haversine, as `distanceKm`).
	 * @param options.count - the most items returned @defaultValue all
	 * @param options.maxKm - the farthest, in kilometres @defaultValue no limit
	 * @param options.keep - items to consider at all (others are passed over, not counted)
	 */
	near(point: Position, { count = Infinity, maxKm = Infinity, keep }: { count?: number; maxKm?: number; keep?: (item: T) => boolean } = {}): Near<T>[] {
		if (this.#items.length === 0 || count <= 0) return [];
		const [lon = 0, lat = 0] = point;
		// geokdbush's own radius is a hair shorter than turf's (6371 km, not 6371.0088 km): it searches a
		// little beyond maxKm, and the exact distance below decides.
		// A few more than asked for, so that items tied at the last place are all weighed.
		const ids = around(this.#tree, lon, lat, count === Infinity ? Infinity : count * 2 + 8, maxKm === Infinity ? Infinity : maxKm * 1.001 + 1e-6, keep && ((id) => keep(this.#items[id]!)));
		// Ties keep the items' own order, as a stable sort of all of them would.
		return ids
			.map((id) => ({ id, item: this.#items[id]!, km: distanceKm(point, this.#at(this.#items[id]!)) }))
			.filter(({ km }) => km <= maxKm)
			.sort((a, b) => a.km - b.km || a.id - b.id)
			.slice(0, count)
			.map(({ item, km }) => ({ item, km }));
	}
}
