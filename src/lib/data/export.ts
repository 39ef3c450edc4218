import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { greatCircleArc } from '../geo/arc';
import type { Dossier } from './types';
import { placeFacts, placeSummaries } from './views';

/**
 * The whole dossier as one GeoJSON file for other tools (QGIS, uMap, a newsroom's own maps): each
 * place's footprint with its facts and every excerpt that names it; each arc as its great circle,
 * with the excerpts that report it.
 */
export function dossierGeoJson(dossier: Dossier): FeatureCollection {
	const titles = new Map(dossier.sources.map((source) => [source.id, source.title]));
	const quoted = (filter: (excerpt: Dossier['excerpts'][number]) => boolean) =>
		dossier.excerpts.filter(filter).map(({ id, source, start, end, quote, kind, line }) => ({
			id,
			source,
			sourceTitle: titles.get(source)!,
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
			excerpts: quoted((excerpt) => excerpt.places.includes(place.id))
		},
		geometry: place.footprint.geometry
	}));
	for (const layer of dossier.layers) {
		if (layer.kind !== 'arc') continue;
		const from = dossier.places.find((place) => place.id === layer.from)!;
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
				excerpts: quoted((excerpt) => layer.excerpts.includes(`${excerpt.source}/${excerpt.id}`))
			},
			geometry: greatCircleArc(from.anchor.geometry.coordinates, layer.to.coordinates).geometry
		});
	}
	return { type: 'FeatureCollection', features };
}
