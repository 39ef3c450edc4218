import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { greatCircleArc } from '../geo/arc';
import { arcLayers, dossierLinks } from './links';
import type { Dossier, Excerpt } from './types';
import { placeFacts, placeSummaries } from './views';

/**
 * The whole dossier as one GeoJSON file for other tools (QGIS, uMap, a newsroom's own maps): each
 * place's footprint with its facts and every excerpt that names it; each arc as its great circle,
 * with the excerpts that report it.
 */
export function dossierGeoJson(dossier: Dossier): FeatureCollection {
	const links = dossierLinks(dossier);
	const quoted = (excerpts: readonly Excerpt[]) =>
		excerpts.map(({ id, source, start, end, quote, kind, line }) => ({
			id,
			source,
			sourceTitle: links.source(source)!.title,
			start,
			end,
			line,
			kind,
			quote
		}));
	const summaries = new Map(placeSummaries(dossier).map((summary) => [summary.id, summary]));
	const features: Feature<Geometry>[] = dossier.places.map((place) => ({
		type: 'Feature',
		id: place.id,
		properties: {
			...(({ frame: _frame, ...facts }) => facts)(placeFacts(place, summaries.get(place.id)!)),
			approximate: true,
			excerpts: quoted(links.excerptsOfPlace(place.id))
		},
		geometry: place.footprint.geometry
	}));
	for (const layer of arcLayers(dossier.layers)) {
		const from = links.place(layer.from)!;
		features.push({
			type: 'Feature',
			id: layer.id,
			properties: {
				id: layer.id,
				name: layer.name,
				kind: 'arc',
				from: layer.from,
				to: layer.to,
				color: layer.color,
				excerpts: quoted(links.excerptsOfArc(layer.id))
			},
			geometry: greatCircleArc(from.anchor.geometry.coordinates, layer.to.coordinates).geometry
		});
	}
	return { type: 'FeatureCollection', features };
}
