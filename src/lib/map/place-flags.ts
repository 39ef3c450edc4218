import type { Map as MapLibreMap } from 'maplibre-gl';
import { clusterHolds } from './cluster';
import { ANCHOR_SOURCE, DOSSIER_SOURCE } from './dossier-style';

type Flag = 'hover' | 'selected';

/**
 * The feature-state flags that light places: `hover` on those the reader points at (on the map, in
 * the index or in an excerpt), `selected` on those the route shows. A flag is set on a place's
 * footprint and dot, and on the cluster that holds the place, lit as its own dot would be. Only
 * changes are set: the flags last set are kept here.
 */
export class PlaceFlags {
	#keys: Record<Flag, readonly string[]> = { hover: [], selected: [] };
	/** The flags last set on each cluster, by `cluster_id`. */
	#clusters = new Map<number, string>();

	/** Keeps `flag` on exactly these places. */
	set(map: MapLibreMap, flag: Flag, keys: readonly string[]) {
		const previous = this.#keys[flag];
		this.#keys[flag] = keys;
		for (const source of [DOSSIER_SOURCE, ANCHOR_SOURCE]) {
			for (const key of previous) if (!keys.includes(key)) map.setFeatureState({ source, id: key }, { [flag]: false });
			for (const key of keys) map.setFeatureState({ source, id: key }, { [flag]: true });
		}
		this.lightClusters(map);
	}

	/** Lights the clusters that hold a flagged place. Clusters are made as the anchors' tiles load: asked again at each idle. */
	lightClusters(map: MapLibreMap) {
		const { hover, selected } = this.#keys;
		if (hover.length === 0 && selected.length === 0 && this.#clusters.size === 0) return;
		const next = new Map<number, string>();
		for (const feature of map.querySourceFeatures(ANCHOR_SOURCE, { filter: ['has', 'point_count'] })) {
			const keys = feature.properties.keys;
			const state = { hover: hover.some((key) => clusterHolds(keys, key)), selected: selected.some((key) => clusterHolds(keys, key)) };
			next.set(Number(feature.properties.cluster_id), JSON.stringify(state));
		}
		for (const [id, state] of next) if (this.#clusters.get(id) !== state) map.setFeatureState({ source: ANCHOR_SOURCE, id }, JSON.parse(state));
		for (const id of this.#clusters.keys()) if (!next.has(id)) map.setFeatureState({ source: ANCHOR_SOURCE, id }, { hover: false, selected: false });
		this.#clusters = next;
	}
}
