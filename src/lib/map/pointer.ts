// Hover and click on the map's dossier features (https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures).
import type { Map as MaplibreMap, MapMouseEvent, Point, PointLike } from 'maplibre-gl';
import { INTERACTIVE_LAYERS } from './dossier-style';

/** The key of the dossier feature under a point, with a few pixels of tolerance: small footprints and anchors are hard to hit exactly. */
export function keyAt(map: MaplibreMap, { x, y }: Point): string | undefined {
	const box: [PointLike, PointLike] = [
		[x - 4, y - 4],
		[x + 4, y + 4]
	];
	const [hit] = map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] });
	return hit?.properties?.key as string | undefined;
}

/**
 * Follows the pointer over the map: `hover` with the key under it (null when none), `select` on a
 * click on a feature, `empty` on a click on nothing. Hover is looked up at most once a frame and
 * not while the map moves: a drag sends a mousemove per pointer event, and a query over every
 * feature each time would make panning stutter.
 * @param ready - whether the style is loaded (no query before that)
 * @returns a function that stops following
 */
export function followPointer(
	map: MaplibreMap,
	{ ready, hover, select, empty }: { ready: () => boolean; hover: (key: string | null) => void; select: (key: string) => void; empty: (event: MapMouseEvent) => void }
): () => void {
	let pointer: Point | null = null;
	const lookUp = () => {
		const point = pointer;
		pointer = null;
		if (!point || map.isMoving()) return;
		const key = keyAt(map, point) ?? null;
		map.getCanvas().style.cursor = key ? 'pointer' : '';
		hover(key);
	};
	const onMove = (event: MapMouseEvent) => {
		if (!ready() || map.isMoving()) return;
		if (pointer === null) requestAnimationFrame(lookUp);
		pointer = event.point;
	};
	const onOut = () => {
		pointer = null;
		hover(null);
	};
	const onClick = (event: MapMouseEvent) => {
		if (!ready()) return;
		const key = keyAt(map, event.point);
		if (key) select(key);
		else empty(event);
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
