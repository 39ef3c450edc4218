// Resolution: which of a name's same-named candidates the text means. Every name a place has
// counts the same; what decides is the text: the countries and regions it names, the other places
// it names (near each other, as a story's places are), the kind its words imply ("river",
// "province"), and only then how important a candidate is.
import { nameKey } from './names';
import type { Mention } from './recognise';
import type { Alternative, GazetteerEntry, PlaceKind, PlaceSummary } from './types';

/** Great-circle distance in km (haversine, mean Earth radius 6371 km). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How prominent a place is before any context, on a log scale: population for towns (a capital
 * or a regional seat counts more), Natural Earth's rank for the rest. */
export function importance(e: GazetteerEntry): number {
	const rank = e.rank ?? 6;
	switch (e.kind) {
		// A country before its capital of the same name (Mexico, Mexico City's alternate).
		case 'country':
			return 9.5 - rank * 0.3;
		case 'continent':
			return 7;
		// A first-level region (a state, a province) before the towns named after it.
		case 'region':
			return 7 - rank * 0.2;
		case 'sea':
		case 'river':
		case 'lake':
			return 4.5 - rank * 0.25;
		case 'landform':
			return 4 - rank * 0.25;
		case 'airport':
		case 'port':
		case 'facility':
			return 1;
		default: {
			const code = e.featureCode ?? '';
			const seat = code === 'PPLC' ? 2 : code === 'PPLA' ? 1.2 : code === 'PPLA2' ? 0.5 : code === 'PPLX' ? -1 : code === 'PPLH' || code === 'PPLQ' ? -2 : 0;
			return Math.log10(e.population + 10) * 0.85 + seat;
		}
	}
}

/** Kinds the words can imply, and which gazetteer kinds each accepts. */
function kindFits(hint: PlaceKind, kind: PlaceKind): boolean {
	if (hint === kind) return true;
	if (hint === 'lake') return kind === 'river';
	if (hint === 'port') return kind === 'populated place';
	if (hint === 'airport') return kind === 'populated place';
	return false;
}

interface Scored {
	entry: GazetteerEntry;
	score: number;
	/** Each consideration's part of the score, for the reasons given for alternatives. */
	parts: { importance: number; kind: number; bare: number; own: number; country: number; region: number; nearby: number };
}

export interface Resolution {
	place: GazetteerEntry | null;
	confidence: number;
	alternatives: Alternative[];
	/** The best candidate scores below what a place the text means scores: a town of a few
	 * thousand, or a hamlet with context. */
	implausible: boolean;
}

/**
 * What a name that is one candidate's own name costs a candidate that has it only among its other
 * names. "Tunis" is Tunis before Tunisia (which some languages call Tunis), "Franklin" a town of
 * that name before Columbus, Ohio (an old name of it): more than a country's lead over its capital.
 */
const ANOTHER_NAME = 3;

/** Whether the name of this key is the place's own: its name, or its name without "City" (New York City is New York). */
function ownName(e: GazetteerEntry, key: string): boolean {
	const own = nameKey(e.name);
	return own === key || own === `${key} city`;
}

/** The score at which a candidate is as likely as not: about a town of 10 000 with no context. */
const PLAUSIBLE = 3;

const summary = (e: GazetteerEntry): PlaceSummary => ({ id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon });

/** The candidates of one name, one per place (a name may list a place under several keys). */
function distinct(candidates: readonly GazetteerEntry[]): GazetteerEntry[] {
	const seen = new Set<string>();
	return candidates.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

const MAX_CANDIDATES = 200;

/** Roughly how far an area reaches from its point, in km: distances to it are counted from there. */
const RADIUS: Record<PlaceKind, number> = {
	'populated place': 0,
	airport: 0,
	port: 0,
	facility: 0,
	region: 150,
	river: 200,
	lake: 20,
	sea: 300,
	landform: 150,
	country: 500,
	continent: 2000
};

/**
 * Resolves every mention of a text together: a first pass by kind, importance and the countries
 * the text names, then a second in which each candidate is also scored by its distance to the
 * places the others resolved to, and the regions the text names.
 */
export function resolveAll(mentions: readonly Mention[]): Resolution[] {
	const candidatesOf = mentions.map((m) =>
		distinct(m.candidates)
			.sort((a, b) => importance(b) - importance(a))
			.slice(0, MAX_CANDIDATES)
	);

	// Countries and regions the text names: from the likeliest reading of each name, then (second
	// pass) from the resolutions themselves.
	let named = new Map<string, number>();
	/** How much of `named` each name gave, by country and name key. */
	let namedBy = new Map<string, number>();
	let regions: GazetteerEntry[] = [];
	// Names whose every candidate lies in one country ("Shreveport") vouch for it as a named
	// country would, a little.
	const unambiguous = new Map<string, number>();
	candidatesOf.forEach((list) => {
		const countries = new Set(list.map((e) => e.country));
		const [only] = countries;
		if (countries.size === 1 && only && list[0]!.kind !== 'country') unambiguous.set(only, (unambiguous.get(only) ?? 0) + 0.5);
	});
	const context = (chosen: (GazetteerEntry | null)[]) => {
		named = new Map(unambiguous);
		namedBy = new Map();
		regions = [];
		const add = (country: string, key: string, weight: number) => {
			named.set(country, (named.get(country) ?? 0) + weight);
			namedBy.set(`${country} ${key}`, (namedBy.get(`${country} ${key}`) ?? 0) + weight);
		};
		chosen.forEach((e, k) => {
			if (!e || !e.country) return;
			if (e.kind === 'country') add(e.country, mentions[k]!.key, 1);
			if (e.kind === 'region') {
				regions.push(e);
				add(e.country, mentions[k]!.key, 0.5);
			}
		});
	};
	context(mentions.map((m, k) => candidatesOf[k]![0] ?? null));

	// The distinct places the other names resolved to, with their name's key (a story names a
	// few places many times: each counts once).
	let cache: { of: (GazetteerEntry | null)[]; list: [GazetteerEntry, string][] } | undefined;
	const neighbours = (others: (GazetteerEntry | null)[]) => {
		if (cache?.of === others) return cache.list;
		const seen = new Map<string, [GazetteerEntry, string]>();
		others.forEach((o, k) => {
			if (o && o.kind !== 'country' && o.kind !== 'continent') seen.set(`${o.id} ${mentions[k]!.key}`, [o, mentions[k]!.key]);
		});
		cache = { of: others, list: [...seen.values()] };
		return cache.list;
	};
	// The candidates that have the name as their own (not only among their alternates or other
	// languages' names): when there are any, those that merely share it give way (ANOTHER_NAME).
	// Worked out once, not at each pass.
	const owners = mentions.map((m, k) => new Set(candidatesOf[k]!.filter((e) => ownName(e, m.key))));
	// Names that contain another ("Windsor, Ontario") are regions or countries more often than not.
	const containers = new Set(mentions.flatMap((m) => (m.within !== undefined ? [m.within] : [])));

	const score = (m: Mention, e: GazetteerEntry, others: (GazetteerEntry | null)[], self: number): Scored => {
		const parts = { importance: importance(e), kind: 0, bare: 0, own: 0, country: 0, region: 0, nearby: 0 };
		if (owners[self]!.size && !owners[self]!.has(e)) parts.own = -ANOTHER_NAME;
		// "Henderson County": the gazetteer has no counties, and a town there is nearer the mark
		// than anything else named Henderson.
		if (m.hint) parts.kind = kindFits(m.hint, e.kind) ? 3 : m.hint === 'region' && e.kind === 'populated place' ? 0 : -3;
		// Without a kind word, a bare name is a town, a country or a region before a river, an
		// airport or a port named after it.
		else if (e.kind === 'airport' || e.kind === 'port') parts.bare = -2;
		if (containers.has(self) && (e.kind === 'region' || e.kind === 'country')) parts.bare += 1.5;
		// A smaller region named after its seat (Tartus, Homs): the bare name is the town; a
		// large one (Quebec, rank under 4) is the region.
		if (e.kind === 'region' && (e.rank ?? 9) >= 4 && m.hint !== 'region' && !containers.has(self) && candidatesOf[self]!.some((c) => c.country === e.country && (c.featureCode === 'PPLA' || c.featureCode === 'PPLC'))) parts.bare -= 2;
		// The country this very name may be does not vouch for its own towns ("Mexico" is not
		// Mexico City because the text names Mexico, or calls something Mexican). When the name is
		// only one of the country's others, the country's own names still do ("Tunis" is the
		// capital in a text that names Tunisia, though some languages call Tunisia Tunis).
		const selfCountry = e.country ? candidatesOf[self]!.find((c) => c.kind === 'country' && c.country === e.country) : undefined;
		const mentioned = !e.country || (selfCountry && owners[self]!.has(selfCountry)) ? 0 : (named.get(e.country) ?? 0) - (selfCountry ? (namedBy.get(`${e.country} ${m.key}`) ?? 0) : 0);
		if (mentioned > 0) parts.country = e.kind === 'country' ? 0 : 2 + Math.min(1, 0.3 * (mentioned - 1));
		else if (named.size && e.kind === 'populated place') parts.country = -0.5;
		for (const r of regions) if (r !== e && r.country === e.country && distanceKm(r, e) < 400) parts.region = 1;
		// "Paris, Texas": in the country, near the region, that the next name is.
		const container = m.within !== undefined ? others[m.within] : undefined;
		if (container && container !== e) {
			// (Regions have no outline here: within the country, the nearer its point the better.)
			if (container.country && container.country === e.country) parts.region += container.kind === 'country' || distanceKm(container, e) < 800 ? 4 : 3;
			else parts.region -= 2;
		}
		// Near the other places the text resolved to (not counting mentions of the same name).
		let best = 0;
		for (const [o, key] of neighbours(others)) {
			if (key === m.key || o === e) continue;
			// An area is near what lies in it or close to its edge: distances from its point
			// less its rough radius.
			const d = Math.max(0, distanceKm(o, e) - RADIUS[o.kind] - RADIUS[e.kind]);
			const near = d < 30 ? 2.5 : d < 100 ? 2 : d < 300 ? 1.3 : d < 800 ? 0.6 : 0;
			if (near > best) best = near;
		}
		parts.nearby = best;
		return { entry: e, score: parts.importance + parts.kind + parts.bare + parts.own + parts.country + parts.region + parts.nearby, parts };
	};

	// First pass: no neighbours yet.
	let chosen: (GazetteerEntry | null)[] = mentions.map((m, k) => {
		const ranked = candidatesOf[k]!.map((e) => score(m, e, [], k)).sort((a, b) => b.score - a.score);
		return ranked[0]?.entry ?? null;
	});
	let ranked: Scored[][] = [];
	for (let pass = 0; pass < 2; pass++) {
		context(chosen);
		ranked = mentions.map((m, k) => candidatesOf[k]!.map((e) => score(m, e, chosen, k)).sort((a, b) => b.score - a.score));
		chosen = ranked.map((r) => r[0]?.entry ?? null);
	}
	// One sense per text: a name resolves to the same place each time it appears.
	const byKey = new Map<string, Scored>();
	ranked.forEach((r, k) => {
		const top = r[0];
		const key = mentions[k]!.key;
		if (top && (!byKey.has(key) || byKey.get(key)!.score < top.score)) byKey.set(key, top);
	});

	return mentions.map((m, k) => {
		let r = ranked[k]!;
		const best = byKey.get(m.key);
		if (best && r[0] && best.entry.id !== r[0].entry.id) {
			const same = r.find((s) => s.entry.id === best.entry.id);
			if (same) r = [same, ...r.filter((s) => s !== same)];
		}
		const top = r[0];
		if (!top) return { place: null, confidence: 0, alternatives: [], implausible: false };
		// Confidence: the top candidate's share of the candidates' likelihoods (scores as log
		// odds), times how plausible it is on its own (a hamlet in a country the text never names
		// is not), times how sure recognition is that the words name a place.
		const total = r.reduce((sum, s) => sum + Math.exp(s.score - top.score), 0);
		const plausible = 1 / (1 + Math.exp(-(top.score - PLAUSIBLE)));
		const confidence = Math.round(((m.certainty * plausible) / total) * 100) / 100;
		const alternatives = r.slice(1, 6).map((s) => ({ ...summary(s.entry), reason: reason(top, s) }));
		return { place: top.entry, confidence, alternatives, implausible: top.score < PLAUSIBLE - 1 };
	});
}

/** Why a candidate was set aside: the consideration that counted most against it. */
function reason(top: Scored, other: Scored): string {
	const gaps: [number, string][] = [
		[top.parts.kind - other.parts.kind, `a ${other.entry.kind}, where the words imply ${top.entry.kind === 'populated place' ? 'a populated place' : `a ${top.entry.kind}`}`],
		[top.parts.bare - other.parts.bare, `a ${other.entry.kind} of the same name; the bare name is more often the ${top.entry.kind}`],
		[top.parts.own - other.parts.own, `known by this name only among its others; it is ${top.entry.name}'s own`],
		[top.parts.country - other.parts.country, `in ${other.entry.country ?? 'no one country'}, a country the text does not name`],
		[top.parts.region - other.parts.region, 'outside the regions the text names'],
		[top.parts.nearby - other.parts.nearby, `farther from the other places the text names (${Math.round(distanceKm(top.entry, other.entry))} km from the chosen one)`],
		[
			top.parts.importance - other.parts.importance,
			other.entry.kind === 'populated place' ? `less prominent (population ${other.entry.population.toLocaleString('en')}${other.entry.featureCode ? `, ${other.entry.featureCode}` : ''})` : `less prominent (${other.entry.kind})`
		]
	];
	const [gap, why] = gaps.sort((a, b) => b[0] - a[0])[0]!;
	return gap > 0 ? why : 'as likely on this evidence; the other was taken';
}
