import KDBush from 'kdbush';
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Bounds } from './frame';

/**
 * A static spatial index over features, for pictures of a small part of a large dossier: which
 * features may meet a box, without looking at every one. Each feature is indexed at its bounding
 * box's centre (kdbush holds points), and a box is searched grown by the largest half-size of the
 * indexed features, so nothing that meets it is missed. Features larger than `largeDeg` (a long
 * arc, a country) would grow every search: they are kept apart and always returned.
 */
export class FeatureIndex<F extends Feature> {
	readonly #features: readonly F[];
	readonly #large: number[] = [];
	readonly #indexed: number[] = [];
	readonly #tree: KDBush;
	#reach = 0;

	/** @param largeDeg - the half-size, in degrees, past which a feature is not indexed but always returned @defaultValue 1 */
	constructor(features: readonly F[], { largeDeg = 1 }: { largeDeg?: number } = {}) {
		this.#features = features;
		const centres: [number, number][] = [];
		features.forEach((feature, i) => {
			if (!feature.geometry) return;
			const [west, south, east, north] = bbox(feature);
			const half = Math.max(east - west, north - south) / 2;
			if (half > largeDeg) this.#large.push(i);
			else {
				this.#indexed.push(i);
				centres.push([(west + east) / 2, (south + north) / 2]);
				this.#reach = Math.max(this.#reach, half);
			}
		});
		this.#tree = new KDBush(Math.max(centres.length, 1));
		for (const [x, y] of centres) this.#tree.add(x, y);
		if (centres.length === 0) this.#tree.add(0, 0);
		this.#tree.finish();
	}

	/**
	 * The features whose bounding box may meet the box (and some near it), in their original order:
	 * a renderer draws them, and labels claim their room, in that order.
	 */
	within([[west, south], [east, north]]: Bounds): F[] {
		const r = this.#reach;
		const hits = this.#indexed.length ? this.#tree.range(west - r, south - r, east + r, north + r).map((id) => this.#indexed[id]!) : [];
		return [...hits, ...this.#large].sort((a, b) => a - b).map((i) => this.#features[i]!);
	}
}
