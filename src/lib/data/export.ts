import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { greatCircleArc } from '../geo/arc';
import type { Dossier } from './types';

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
	const layerOf = new Map(dossier.layers.flatMap((layer) => (layer.kind === 'places' ? layer.places.map((id) => [id, layer] as const) : [])));
	const features: Feature<Geometry>[] = dossier.places.map((place) => ({
		type: 'Feature',
		id: place.id,
		properties: {
			id: place.id,
			name: place.name,
			names: place.names,
			aliases: place.aliases,
			kind: place.kind,
			country: place.country,
			description: place.description,
			layer: layerOf.get(place.id)?.id ?? null,
			color: layerOf.get(place.id)?.color ?? null,
			approximate: true,
			precision_m: place.footprint.properties.precision_m,
			footprintOrigin: place.footprint.properties.origin,
			anchor: place.anchor.geometry.coordinates,
			anchorOrigin: place.anchor.properties.origin,
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
