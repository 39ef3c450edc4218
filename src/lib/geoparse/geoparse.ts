// geoparse(text, gazetteer): every place name in a text and where it is. Pure and offline: the
// gazetteer is loaded by the caller (src/lib/server/geoparse-gazetteer.ts on the server).
import type { Gazetteer } from './gazetteer';
import { guessLanguage } from './names';
import { recognise } from './recognise';
import { distanceKm, resolveAll } from './resolve';
import type { GazetteerEntry, GeoparseOptions, Toponym } from './types';

/** Farther than this from every other place a text names, in a country it does not name, a word
 * that only the gazetteer calls a place is taken for a word (a continent's breadth, about). */
const ISOLATED_KM = 1500;

/**
 * Whether a place stands apart from the text's other places: none in its country, none within
 * ISOLATED_KM. A text with no other place says nothing either way.
 */
function isolated(place: GazetteerEntry | null, others: (GazetteerEntry | null)[]): boolean {
	const known = others.filter((o): o is GazetteerEntry => o !== null);
	if (!place || known.length === 0) return false;
	return known.every((o) => (o.country === null || o.country !== place.country) && distanceKm(o, place) > ISOLATED_KM);
}

/**
 * Finds the place names of a text (recognition) and which place each means (resolution by
 * context), with a confidence and the candidates set aside.
 * @example geoparse('Assad flew from Damascus to Moscow.', loadGeoparseGazetteer())
 *   // [{ text: 'Damascus', place: { id: 'geonames:170654', … }, confidence: 0.9, … }, …]
 */
export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
	const language = options.language ?? guessLanguage(text);
	const mentions = recognise(text, gazetteer, language);
	const resolutions = resolveAll(mentions);
	// A lone capitalised word that only the gazetteer calls a place, and only an obscure one, is
	// more likely a name of something else (a person, a brand) than a place.
	const kept = mentions
		.map((m, k) => ({ m, r: resolutions[k]! }))
		.filter(({ m, r }, k, all) => !(m.weak && (r.implausible || isolated(r.place, all.filter((o, j) => j !== k && !o.m.weak).map((o) => o.r.place)))));
	return kept.map(({ m, r }) => {
		const { place, confidence, alternatives } = r;
		return {
			start: m.start,
			end: m.end,
			text: text.slice(m.start, m.end),
			kind: m.facility ? 'facility' : (place?.kind ?? m.hint ?? 'populated place'),
			place: place ? { id: place.id, name: place.name, kind: place.kind, country: place.country, lat: place.lat, lon: place.lon } : null,
			confidence: place ? confidence : 0,
			alternatives,
			...(m.adjective ? { adjective: true } : {})
		};
	});
}
