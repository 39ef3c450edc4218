import { circle } from '@turf/turf';
import type { GeodataFiles } from '../data/validate';
import { ID } from '../data/validate/file-check';
import { countryNames, nativeNames, type Tagged } from '../lang/native-names';
import { officialLanguages } from '../lang/languages';
import type { Candidate, Gazetteer } from './gazetteer';
import { formatJson, LAYERS, placeFile, readJson, Refusal, type Outcome } from './workspace';

export interface PlaceOptions {
	id: string;
	name: string;
	at?: string;
	geonames?: string;
	country?: string;
	radius?: string;
	kind?: string;
	aliases: string[];
	natives: string[];
	description?: string;
	/** With --at: the gazetteer entry the point was taken from (e.g. `ne-admin0:LBY`), so a draft reuses the place. */
	gazetteer?: string;
}

/** A footprint radius that fits each kind of place, in metres, when none is given. */
export const RADIUS_BY_KIND: Record<string, number> = {
	city: 5000,
	town: 1500,
	village: 600,
	'air-base': 1500,
	airport: 1500,
	port: 800,
	facility: 300,
	// Areas and waters have no outline here: a circle of their rough size, its precision as coarse.
	region: 50_000,
	country: 100_000,
	river: 2000,
	lake: 5000,
	sea: 100_000,
	'naval-facility': 800,
	prison: 300,
	'building-complex': 200,
	site: 300
};
const DEFAULT_RADIUS = 500;

/** Okabe–Ito, colour-blind safe, then the same hues again: a new layer takes the first one unused. */
export const PALETTE = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

/**
 * `dossier add-place <place-id> --name … (--at lat,lon | --geonames name [--country CC])`: a place
 * file with its anchor and an approximate circular footprint, and a layer for it. It cannot make
 * the place valid on its own: a place needs an excerpt, which `link` gives it.
 */
export function addPlace(files: GeodataFiles, options: PlaceOptions, gazetteer: () => Gazetteer, tagged: (geonameid: number) => Tagged): Outcome {
	const { id, name } = options;
	if (!ID.test(id)) throw new Refusal(`add-place: "${id}" is not a place id: use lower-case letters, digits and single hyphens (it becomes the URL /place/<id> and never changes)`);
	if (placeFile(id) in files) throw new Refusal(`${placeFile(id)}: the place "${id}" exists already: choose another id, or edit that file`);
	if (!name || name.trim() === '') throw new Refusal('add-place: --name "<English name>" is required');
	if ((options.at === undefined) === (options.geonames === undefined)) throw new Refusal('add-place: give the place either --at <lat>,<lon> or --geonames "<name>" (not both)');
	if (options.gazetteer !== undefined && (options.at === undefined || !/^[a-z0-9-]+:\S+$/.test(options.gazetteer))) {
		throw new Refusal(`add-place: --gazetteer "${options.gazetteer}": give the id of the gazetteer entry the --at point comes from, e.g. --gazetteer ne-admin0:LBY (--geonames records its own)`);
	}
	const layers = readLayers(files);
	if (layers.list.some((layer) => layer.id === id)) throw new Refusal(`${LAYERS}: a layer "${id}" exists already: choose another place id`);

	let found: { coordinates: [number, number]; country: string; candidate?: Candidate };
	if (options.at !== undefined) {
		const coordinates = parseAt(options.at);
		if (!options.country) throw new Refusal('add-place: --country <CC> is required with --at (ISO 3166-1 alpha-2, e.g. --country DE)');
		found = { coordinates, country: options.country.toUpperCase() };
	} else {
		const candidate = pick(gazetteer(), options.geonames!, options.country);
		found = { coordinates: candidate.coordinates, country: candidate.country, candidate };
	}
	if (!/^[A-Z]{2}$/.test(found.country)) throw new Refusal(`add-place: --country "${options.country}" is not an ISO 3166-1 alpha-2 code, e.g. DE`);

	const kind = options.kind ?? (found.candidate ? kindOfPopulatedPlace(found.candidate.population, found.candidate.featureCode) : 'site');
	if (!ID.test(kind)) throw new Refusal(`add-place: --kind "${kind}" is not a kind: use lower-case words joined by hyphens, e.g. town, air-base`);
	const radius = options.radius === undefined ? (RADIUS_BY_KIND[kind] ?? DEFAULT_RADIUS) : Number(options.radius);
	if (!Number.isFinite(radius) || radius <= 0 || radius > 100_000) throw new Refusal(`add-place: --radius "${options.radius}" is not a radius: give metres, more than 0 and at most 100000`);

	const names = chooseNames(name, options.natives, found.country, kind, found.candidate && { geonameid: found.candidate.geonameid, tagged: tagged(found.candidate.geonameid) });
	const [lon, lat] = found.coordinates.map(round6) as [number, number];
	const candidate = found.candidate;
	const place = placeCollection({
		id,
		name,
		names: names.chosen,
		aliases: options.aliases,
		kind,
		country: found.country,
		description:
			options.description ?? (candidate ? `A populated place (GeoNames feature ${candidate.featureCode}).` : `A ${kind.replace(/-/g, ' ')}, placed by hand.`),
		coordinates: [lon, lat],
		radius,
		anchorOrigin: candidate
			? `GeoNames ${candidate.geonameid} (cities500): ${candidate.name}, ${candidate.country}, ${candidate.coordinates[1]}, ${candidate.coordinates[0]}, population ${candidate.population}`
			: `given by hand: --at ${lat},${lon}`,
		gazetteer: candidate ? `geonames:${candidate.geonameid}` : options.gazetteer
	});
	const color = addLayer(layers.list, id, name);
	const report = [
		`${placeFile(id)}: written: ${name} at ${lat}, ${lon} (${candidate ? `GeoNames ${candidate.geonameid}` : 'given by hand'}), a ${kind}, footprint a circle of ${radius} m`,
		...names.notes.map((note) => `${placeFile(id)}: ${note}`),
		`${LAYERS}: ${layers.made ? 'made, with ' : ''}layer "${id}" added, colour ${color}`,
		`next: link the place to the words that name it: npm run dossier -- suggest <source-id> --write, or npm run dossier -- link <source-id> "<exact words>" ${id}`
	];
	return { writes: { [placeFile(id)]: formatJson(place), [LAYERS]: formatJson(layers.json) }, report };
}

/** A populated place's kind by GeoNames' facts: a capital or a place of 100 000 people is a city. */
export function kindOfPopulatedPlace(population: number, featureCode?: string): 'city' | 'town' {
	return population >= 100_000 || featureCode === 'PPLC' || featureCode === 'PPLA' ? 'city' : 'town';
}

/** What a new place file holds. */
export interface NewPlace {
	id: string;
	name: string;
	names: Record<string, string>;
	aliases: string[];
	kind: string;
	country: string;
	description: string;
	/** `[longitude, latitude]` of the anchor. */
	coordinates: [number, number];
	/** Of the circular footprint, in metres: its precision too. */
	radius: number;
	anchorOrigin: string;
	/** The gazetteer entry it was placed from (`geonames:<id>`, …), so a draft reuses the place. */
	gazetteer?: string;
}

/** A place file: the anchor and a circular footprint around it, marked approximate with its precision. */
export function placeCollection(place: NewPlace): object {
	const [lon, lat] = place.coordinates.map(round6) as [number, number];
	const ring = circle([lon, lat], place.radius, { units: 'meters', steps: 32 }).geometry.coordinates[0]!.map((position) => position.map(round6));
	ring[ring.length - 1] = [...ring[0]!];
	return {
		type: 'FeatureCollection',
		properties: {
			id: place.id,
			name: place.name,
			names: place.names,
			aliases: place.aliases,
			kind: place.kind,
			country: place.country,
			description: place.description,
			gazetteer: place.gazetteer
		},
		features: [
			{
				type: 'Feature',
				properties: { role: 'footprint', approximate: true, precision_m: place.radius, origin: `a circle of ${place.radius} m around the anchor: the real extent is not drawn` },
				geometry: { type: 'Polygon', coordinates: [ring] }
			},
			{ type: 'Feature', properties: { role: 'anchor', origin: place.anchorOrigin }, geometry: { type: 'Point', coordinates: [lon, lat] } }
		]
	};
}

type LayerEntry = { id?: string; color?: string; kind?: string };

/** layers.json as it is, or an empty one (`made`) when the dossier has none yet. */
export function readLayers(files: GeodataFiles): { json: { layers: LayerEntry[] }; list: LayerEntry[]; made: boolean } {
	if (!(LAYERS in files)) {
		const json = { layers: [] as LayerEntry[] };
		return { json, list: json.layers, made: true };
	}
	const json = readJson<{ layers?: unknown }>(files, LAYERS);
	if (!Array.isArray(json.layers) || !json.layers.every((layer) => typeof layer === 'object' && layer !== null)) {
		throw new Refusal(`${LAYERS}: "layers" array of objects expected; fix it first (npm run check:geodata says more)`);
	}
	return { json: json as { layers: LayerEntry[] }, list: json.layers as LayerEntry[], made: false };
}

/**
 * Adds a layer holding one place, with the first palette colour unused, above the other places
 * and below the arcs (drawn on top). Returns its colour.
 */
export function addLayer(layers: LayerEntry[], id: string, name: string): string {
	const used = new Set(layers.map((layer) => layer.color?.toUpperCase()));
	const color = PALETTE.find((colour) => !used.has(colour)) ?? PALETTE[layers.length % PALETTE.length]!;
	const lastPlaces = layers.map((item) => item.kind).lastIndexOf('places');
	layers.splice(lastPlaces + 1, 0, { id, name, kind: 'places', places: [id], color } as LayerEntry);
	return color;
}

/** The one gazetteer entry a name (or a GeoNames id) means, or a refusal listing the candidates. */
function pick(gazetteer: Gazetteer, query: string, country?: string): Candidate {
	if (/^\d+$/.test(query.trim())) {
		const candidate = gazetteer.findById(Number(query));
		if (!candidate) throw new Refusal(`add-place: --geonames ${query}: no populated place has that GeoNames id`);
		return candidate;
	}
	const candidates = gazetteer.findByName(query, country);
	const where = country ? ` in ${country.toUpperCase()}` : '';
	if (candidates.length === 0) {
		throw new Refusal(`add-place: --geonames "${query}": no populated place of that name${where} in GeoNames (cities500): check the spelling, or give --at <lat>,<lon>`);
	}
	if (candidates.length > 1) {
		throw new Refusal(
			[
				`add-place: --geonames "${query}" names ${candidates.length} populated places${where}; add --country <CC>, or give the GeoNames id as --geonames <id>:`,
				...candidates.slice(0, 20).map(describeCandidate),
				...(candidates.length > 20 ? [`  … and ${candidates.length - 20} more`] : [])
			].join('\n')
		);
	}
	return candidates[0]!;
}

export function describeCandidate(candidate: Candidate): string {
	const [lon, lat] = candidate.coordinates;
	return `  ${candidate.name}, ${candidate.country}, population ${candidate.population}, at ${lat},${lon} (GeoNames ${candidate.geonameid})`;
}

const languageName = (tag: string) => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;

/** The country's official languages in words, for messages: "ar (Arabic)". */
export function describeLanguages(country: string): string {
	const tags = officialLanguages(country);
	return tags.length ? tags.map((tag) => `${tag} (${languageName(tag)})`).join(', ') : `no language CLDR lists for ${country}`;
}

/**
 * The native names: those given as `tag=name` (`none` for none known), else the names data tags
 * in the country's official languages — GeoNames' for a gazetteer place, CLDR's for a country —
 * else a refusal that asks for them. Never a name picked by its alphabet.
 */
function chooseNames(
	name: string,
	given: string[],
	country: string,
	kind: string,
	gazetteer?: { geonameid: number; tagged: Tagged }
): { chosen: Record<string, string>; notes: string[] } {
	if (given.length === 1 && given[0] === 'none') return { chosen: {}, notes: ['no native name stored (--native none)'] };
	const chosen: Record<string, string> = {};
	for (const item of given) {
		const match = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)=(.+)$/.exec(item);
		if (!match) throw new Refusal(`add-place: --native "${item}": give it as <language-tag>=<name>, e.g. --native ar=دمشق, or --native none`);
		chosen[match[1]!] = match[2]!.trim();
	}
	if (given.length > 0) return { chosen, notes: [] };
	const [source, found] = gazetteer
		? [`GeoNames' names tagged with their language (GeoNames ${gazetteer.geonameid})`, nativeNames(country, gazetteer.tagged)]
		: kind === 'country'
			? ['CLDR (Intl.DisplayNames)', countryNames(country)]
			: ['', {}];
	if (Object.keys(found).length === 0) {
		const example = officialLanguages(country)[0] ?? 'en';
		throw new Refusal(
			`add-place: no native name of "${name}" ${gazetteer ? `is tagged in ${describeLanguages(country)} in ${source}` : `is known for a place given by hand in ${country}`}: ` +
				`give it as --native ${example}=<name> (or --native none when it has none)`
		);
	}
	return { chosen: found, notes: Object.entries(found).map(([tag, value]) => `names.${tag} = "${value}", from ${source}`) };
}

function parseAt(at: string): [number, number] {
	const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(at);
	if (!match) throw new Refusal(`add-place: --at "${at}": give latitude,longitude in degrees, e.g. --at 50.12,9.89`);
	const [lat, lon] = [Number(match[1]), Number(match[2])];
	if (lat < -90 || lat > 90) throw new Refusal(`add-place: --at ${at}: latitude ${lat} is outside −90…90 (latitude comes first)`);
	if (lon < -180 || lon > 180) throw new Refusal(`add-place: --at ${at}: longitude ${lon} is outside −180…180`);
	return [lon, lat];
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
