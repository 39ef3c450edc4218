import { circle } from '@turf/turf';
import type { GeodataFiles } from '../data/validate';
import { ID } from '../data/validate/file-check';
import type { Candidate, Gazetteer } from './gazetteer';
import { formatJson, idsIn, LAYERS, placeFile, readJson, Refusal, type Outcome } from './workspace';

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
}

/** A footprint radius that fits each kind of place, in metres, when none is given. */
export const RADIUS_BY_KIND: Record<string, number> = {
	city: 5000,
	town: 1500,
	village: 600,
	'air-base': 1500,
	'naval-facility': 800,
	prison: 300,
	'building-complex': 200,
	site: 300
};
const DEFAULT_RADIUS = 500;

/** Okabe–Ito, colour-blind safe, then the same hues again: a new layer takes the first one unused. */
export const PALETTE = ['#0072B2', '#009E73', '#D55E00', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

/** The language of each country whose names GeoNames gives in a script of their own, or in Latin. */
const LANGUAGE: Record<string, { tag: string; script?: RegExp }> = {
	SY: { tag: 'ar', script: /^[\p{Script=Arabic}\s]+$/u },
	IQ: { tag: 'ar', script: /^[\p{Script=Arabic}\s]+$/u },
	LB: { tag: 'ar', script: /^[\p{Script=Arabic}\s]+$/u },
	JO: { tag: 'ar', script: /^[\p{Script=Arabic}\s]+$/u },
	EG: { tag: 'ar', script: /^[\p{Script=Arabic}\s]+$/u },
	RU: { tag: 'ru', script: /^[\p{Script=Cyrillic}\s-]+$/u },
	UA: { tag: 'uk', script: /^[\p{Script=Cyrillic}\s-]+$/u },
	IL: { tag: 'he', script: /^[\p{Script=Hebrew}\s-]+$/u },
	DE: { tag: 'de' },
	AT: { tag: 'de' },
	FR: { tag: 'fr' },
	IT: { tag: 'it' },
	ES: { tag: 'es' },
	NL: { tag: 'nl' },
	PL: { tag: 'pl' },
	TR: { tag: 'tr' },
	GB: { tag: 'en' },
	US: { tag: 'en' }
};

/**
 * `dossier add-place <place-id> --name … (--at lat,lon | --geonames name [--country CC])`: a place
 * file with its anchor and an approximate circular footprint, and a layer for it. It cannot make
 * the place valid on its own: a place needs an excerpt, which `link` gives it.
 */
export function addPlace(files: GeodataFiles, options: PlaceOptions, gazetteer: () => Gazetteer): Outcome {
	const { id, name } = options;
	if (!ID.test(id)) throw new Refusal(`add-place: "${id}" is not a place id: use lower-case letters, digits and single hyphens (it becomes the URL /place/<id> and never changes)`);
	if (placeFile(id) in files) throw new Refusal(`${placeFile(id)}: the place "${id}" exists already: choose another id, or edit that file`);
	if (!name || name.trim() === '') throw new Refusal('add-place: --name "<English name>" is required');
	if ((options.at === undefined) === (options.geonames === undefined)) throw new Refusal('add-place: give the place either --at <lat>,<lon> or --geonames "<name>" (not both)');
	const layers = readJson<{ layers?: { id?: string; color?: string; kind?: string }[] }>(files, LAYERS);
	if (!Array.isArray(layers.layers)) throw new Refusal(`${LAYERS}: "layers" array expected; fix it first (npm run check:geodata says more)`);
	if (layers.layers.some((layer) => layer.id === id)) throw new Refusal(`${LAYERS}: a layer "${id}" exists already: choose another place id`);

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

	const kind = options.kind ?? (found.candidate ? (found.candidate.population >= 100_000 ? 'city' : 'town') : 'site');
	if (!ID.test(kind)) throw new Refusal(`add-place: --kind "${kind}" is not a kind: use lower-case words joined by hyphens, e.g. town, air-base`);
	const radius = options.radius === undefined ? (RADIUS_BY_KIND[kind] ?? DEFAULT_RADIUS) : Number(options.radius);
	if (!Number.isFinite(radius) || radius <= 0 || radius > 100_000) throw new Refusal(`add-place: --radius "${options.radius}" is not a radius: give metres, more than 0 and at most 100000`);

	const names = nativeNames(options.natives, found.candidate);
	if (Object.keys(names.chosen).length === 0) {
		throw new Refusal(`add-place: no native name for "${name}"${found.candidate ? ' in the gazetteer' : ''}: give one as --native <language-tag>=<name>, e.g. --native de=${JSON.stringify(name)}`);
	}

	const [lon, lat] = found.coordinates.map(round6) as [number, number];
	const ring = circle([lon, lat], radius, { units: 'meters', steps: 32 }).geometry.coordinates[0]!.map((position) => position.map(round6));
	ring[ring.length - 1] = [...ring[0]!];
	const anchorOrigin = found.candidate
		? `GeoNames ${found.candidate.geonameid} (cities500): ${found.candidate.name}, ${found.candidate.country}, ${found.candidate.coordinates[1]}, ${found.candidate.coordinates[0]}, population ${found.candidate.population}`
		: `given by hand: --at ${lat},${lon}`;
	const place = {
		type: 'FeatureCollection',
		properties: {
			id,
			name,
			names: names.chosen,
			aliases: options.aliases,
			kind,
			country: found.country,
			description: options.description ?? (found.candidate ? `A populated place (GeoNames feature ${found.candidate.featureCode}).` : `A ${kind.replace(/-/g, ' ')}, placed by hand.`)
		},
		features: [
			{
				type: 'Feature',
				properties: { role: 'footprint', approximate: true, precision_m: radius, origin: `a circle of ${radius} m around the anchor: the real extent is not drawn` },
				geometry: { type: 'Polygon', coordinates: [ring] }
			},
			{ type: 'Feature', properties: { role: 'anchor', origin: anchorOrigin }, geometry: { type: 'Point', coordinates: [lon, lat] } }
		]
	};

	const used = new Set(layers.layers.map((layer) => layer.color?.toUpperCase()));
	const color = PALETTE.find((colour) => !used.has(colour)) ?? PALETTE[layers.layers.length % PALETTE.length]!;
	const layer = { id, name, kind: 'places', places: [id], color };
	// A new place layer goes above the other places and below the arcs, which are drawn on top.
	const lastPlaces = layers.layers.map((item) => item.kind).lastIndexOf('places');
	layers.layers.splice(lastPlaces + 1, 0, layer);

	const report = [
		`${placeFile(id)}: written: ${name} at ${lat}, ${lon} (${found.candidate ? `GeoNames ${found.candidate.geonameid}` : 'given by hand'}), a ${kind}, footprint a circle of ${radius} m`,
		...names.notes.map((note) => `${placeFile(id)}: ${note}`),
		`${LAYERS}: layer "${id}" added, colour ${color}`,
		`next: link the place to the words that name it: npm run dossier -- suggest <source-id> --write, or npm run dossier -- link <source-id> "<exact words>" ${id}`
	];
	return { writes: { [placeFile(id)]: formatJson(place), [LAYERS]: formatJson(layers) }, report };
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

/** The names given as `tag=name`, else the gazetteer's name in its country's language. */
function nativeNames(given: string[], candidate?: Candidate): { chosen: Record<string, string>; notes: string[] } {
	const chosen: Record<string, string> = {};
	for (const item of given) {
		const match = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)=(.+)$/.exec(item);
		if (!match) throw new Refusal(`add-place: --native "${item}": give it as <language-tag>=<name>, e.g. --native ar=دمشق`);
		chosen[match[1]!] = match[2]!.trim();
	}
	const notes: string[] = [];
	const language = candidate && LANGUAGE[candidate.country];
	if (given.length > 0 || !candidate || !language) return { chosen, notes };
	if (!language.script) {
		chosen[language.tag] = candidate.name;
		notes.push(`names.${language.tag} = "${candidate.name}", GeoNames' local name; correct it with --native ${language.tag}=<name> if need be`);
		return { chosen, notes };
	}
	// GeoNames' alternate names say no language: the map's gazetteer chooses one in the country's
	// script (server/gazetteer.ts says how), else the shortest. Said aloud, so the author checks it.
	const inScript = candidate.alternateNames.filter((alternate) => language.script!.test(alternate));
	const best = (candidate.native?.tag === language.tag ? candidate.native.name : undefined) ?? [...inScript].sort((a, b) => a.split(/\s/).length - b.split(/\s/).length || a.length - b.length)[0];
	if (best) {
		chosen[language.tag] = best;
		const others = inScript.filter((alternate) => alternate !== best);
		notes.push(`names.${language.tag} = "${best}", from GeoNames' alternate names${others.length ? ` (also: ${others.join(', ')})` : ''}: check it, or give --native ${language.tag}=<name>`);
	}
	return { chosen, notes };
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
