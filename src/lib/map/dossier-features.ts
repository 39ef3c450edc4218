import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { greatCircleArc } from '../geo/arc';
import { namesBesides } from '../text/fold';
import { placeSummaries } from '../data/views';
import { footprintWidthPx } from '../geo/frame';
import { fitMercator } from '../static-map/fit';
import { DESKTOP_MAP } from '../static-map/viewports';
import type { Dossier, DossierFeatureProperties } from '../data/types';

export type { DossierFeatureProperties } from '../data/types';

/** Under this width on screen a footprint is hard to see: 5 % of a desktop map area (880 px). */
const SMALL_PX = 44;

/**
 * One FeatureCollection for all of a dossier's layers: each place's footprint and anchor, each
 * arc as a great circle. Footprint and anchor share their `key`, so hovering either lights both.
 */
export function dossierFeatures(dossier: Dossier): FeatureCollection<Geometry, DossierFeatureProperties> {
	const features: Feature<Geometry, DossierFeatureProperties>[] = [];
	const places = new Map(dossier.places.map((place) => [place.id, place]));
	const frames = new Map(placeSummaries(dossier).map((summary) => [summary.id, summary.frame]));
	for (const layer of dossier.layers) {
		const base = { layer: layer.id, color: layer.color };
		if (layer.kind === 'places') {
			for (const id of layer.places) {
				const place = places.get(id)!;
				const native = Object.values(namesBesides(place.name, place.names))[0];
				const properties = { ...base, key: id, name: place.name, ...(native && { native }) };
				features.push({ type: 'Feature', properties: { ...properties, role: 'footprint' }, geometry: place.footprint.geometry });
				// As the opening view on a desktop shows it, offline.
				const small = footprintWidthPx(place.footprint, fitMercator(frames.get(id)!, DESKTOP_MAP).zoom) < SMALL_PX;
				features.push({ type: 'Feature', properties: { ...properties, role: 'anchor', ...(small && { small }) }, geometry: place.anchor.geometry });
			}
		} else {
			const from = places.get(layer.from)!.anchor.geometry.coordinates;
			const arc = greatCircleArc(from, layer.to.coordinates);
			features.push({ type: 'Feature', properties: { ...base, key: layer.id, name: layer.name, role: 'arc' }, geometry: arc.geometry });
		}
	}
	return { type: 'FeatureCollection', features };
}
