// Hover and click on the map's dossier features (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures).
import type { Map as MaplibreMap, MapMouseEvent, Point, PointLike } from 'maplibre-gl';
import { clusterKeys } from './cluster';
import { INTERACTIVE_LAYERS } from './dossier-style';

/** What lies under a point: one place (or arc) by its key, or a cluster of places. */
export type Hit = { key: string } | { cluster: number; keys: string[]; lngLat: [number, number] };

/** The dossier feature under a point, with a few pixels of tolerance: small footprints and anchors are hard to hit exactly. */
export function hitAt(map: MaplibreMap, { x, y }: Point): Hit | undefined {
	const box: [PointLike, PointLike] = [
		[x - 4, y - 4],
		[x + 4, y + 4]
	];
	const [hit] = map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] });
	if (!hit) return undefined;
	if (hit.properties.cluster) {
		const [lon, lat] = (hit.geometry as GeoJSON.Point).coordinates as [number, number];
		return { cluster: Number(hit.properties.cluster_id), keys: clusterKeys(hit.properties.keys), lngLat: [lon, lat] };
	}
	return { key: hit.properties.key as string };
}

/** The places a hit stands for: a place's key, or every place in a cluster. */
export const keysOf = (hit: Hit | undefined): string[] => (!hit ? [] : 'key' in hit ? [hit.key] : hit.keys);

/**
 * Follows the pointer over the map: `hover` with the places under it (none: an empty list), `select`
 * on a click on a place, `cluster` on a click on a cluster, `empty` on a click on nothing. Hover
 * is looked up at most once a frame and not while the map moves: a drag sends a mousemove per
 * pointer event, and a query over every feature each time would make panning stutter.
 * @param ready - whether the style is loaded (no query before that)
 * @returns a function that stops following
 */
export function followPointer(
	map: MaplibreMap,
	{
		ready,
		hover,
		select,
		cluster,
		empty
	}: {
		ready: () => boolean;
		hover: (keys: string[]) => void;
		select: (key: string) => void;
		cluster: (hit: { cluster: number; keys: string[]; lngLat: [number, number] }) => void;
		empty: (event: MapMouseEvent) => void;
	}
): () => void {
	let pointer: Point | null = null;
	const lookUp = () => {
		const point = pointer;
		pointer = null;
		if (!point || map.isMoving()) return;
		const keys = keysOf(hitAt(map, point));
		map.getCanvas().style.cursor = keys.length ? 'pointer' : '';
		hover(keys);
	};
	const onMove = (event: MapMouseEvent) => {
		if (!ready() || map.isMoving()) return;
		if (pointer === null) requestAnimationFrame(lookUp);
		pointer = event.point;
	};
	const onOut = () => {
		pointer = null;
		hover([]);
	};
	const onClick = (event: MapMouseEvent) => {
		if (!ready()) return;
		const hit = hitAt(map, event.point);
		if (!hit) empty(event);
		else if ('key' in hit) select(hit.key);
		else cluster(hit);
	};
	map.on('mousemove', onMove);
	map.on('mouseout', onOut);
	map.on('click', onClick);
	return () => {
		map.off('mousemove', onMove);
		map.off('mouseout', onOut);
		map.off('click', onClick);
	};
}
