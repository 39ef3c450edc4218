import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, isObject, pointProblems, polygonProblems } from '../geo/geometry-problems';
import { parseJson } from './parse-json';
import type { AnchorProperties, Dossier, Excerpt, FootprintProperties, Layer, Place, Problem, Source } from './types';

/** The geodata folder's files: path relative to the project (`geodata/places/x.geojson`) → text. */
export type GeodataFiles = Record<string, string>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const LAYERS_FILE = 'geodata/layers.json';

/** Collects the problems of one file, each at a JSON path. */
class FileCheck {
	constructor(
		readonly file: string,
		readonly problems: Problem[]
	) {}
	report(path: string, message: string): void {
		this.problems.push({ file: this.file, path, message });
	}
	/** Reports unless `value` is a non-empty string; returns it when it is. */
	string(object: Record<string, unknown>, key: string, path = key): string | undefined {
		const value = object[key];
		if (typeof value === 'string' && value.trim() !== '') return value;
		this.report(path, value === undefined ? 'required' : `non-empty string expected, ${describe(value)} found`);
		return undefined;
	}
	/** Like `string`, but `null` is a valid answer ("unknown"). */
	stringOrNull(object: Record<string, unknown>, key: string): string | null | undefined {
		if (object[key] === null) return null;
		if (!(key in object)) {
			this.report(key, 'required (null when unknown)');
			return undefined;
		}
		return this.string(object, key);
	}
	stringArray(object: Record<string, unknown>, key: string): string[] | undefined {
		const value = object[key];
		if (!Array.isArray(value)) {
			this.report(key, value === undefined ? 'required' : `array of strings expected, ${describe(value)} found`);
			return undefined;
		}
		const bad = value.findIndex((item) => typeof item !== 'string' || item.trim() === '');
		if (bad >= 0) {
			this.report(`${key}[${bad}]`, `non-empty string expected, ${describe(value[bad])} found`);
			return undefined;
		}
		return value as string[];
	}
	id(object: Record<string, unknown>, key: string, path = key): string | undefined {
		const value = this.string(object, key, path);
		if (value !== undefined && !ID.test(value)) {
			this.report(path, `${describe(value)} is not an id: use lower-case letters, digits and single hyphens`);
			return undefined;
		}
		return value;
	}
	json(text: string): unknown {
		const parsed = parseJson(text);
		if (parsed.ok) return parsed.value;
		this.report('', parsed.message);
		return undefined;
	}
}

/**
 * Reads a whole dossier from its geodata files and reports every problem at once.
 * The dossier is returned only when there are no problems, so nothing half-valid is shown.
 */
export function validateDossier(files: GeodataFiles): { dossier?: Dossier; problems: Problem[] } {
	const problems: Problem[] = [];
	const paths = Object.keys(files).sort();
	const under = (folder: string, extension: string) =>
		paths.filter((path) => path.startsWith(`geodata/${folder}/`) && path.endsWith(extension));

	// Excerpts need only a source's text and caption lines: a flaw elsewhere in its metadata
	// (a bad date, say) must not keep them from being checked.
	const sourceLines = new Map<string, SourceLines>();
	const sources = under('sources', '.json').flatMap((file) => {
		const { source, lines } = readSource(new FileCheck(file, problems), files);
		if (lines) sourceLines.set(stem(file), lines);
		return source ? [source] : [];
	});
	for (const file of under('sources', '.txt')) {
		if (!(file.replace(/\.txt$/, '.json') in files)) {
			problems.push({ file, path: '', message: `has no metadata file ${stem(file)}.json beside it` });
		}
	}

	const declared = new Map<string, string[]>();
	const places = under('places', '.geojson').flatMap((file) => {
		const place = readPlace(new FileCheck(file, problems), files[file]!, declared);
		return place ? [place] : [];
	});
	for (const [id, declaring] of declared) {
		if (declaring.length > 1) {
			for (const file of declaring) {
				const others = declaring.filter((other) => other !== file).join(', ');
				problems.push({ file, path: 'properties.id', message: `duplicate place id "${id}", also in ${others}` });
			}
		}
	}
	// A reference is checked against what the files declare, valid or not: a place file with a
	// problem reports it once, at its own file, rather than again at every excerpt and layer naming it.
	const placeIds = new Set([...declared.keys(), ...under('places', '.geojson').map(stem)]);

	const sourceExists = (id: string) => `geodata/sources/${id}.json` in files || `geodata/sources/${id}.txt` in files;
	const excerptRefs = new Set<string>();
	const excerpts = under('excerpts', '.json').flatMap((file) =>
		readExcerpts(new FileCheck(file, problems), files[file]!, sourceLines, sourceExists, placeIds, excerptRefs)
	);
	const excerptsComplete =
		!problems.some((problem) => problem.file.startsWith('geodata/excerpts/')) &&
		under('excerpts', '.json').every((file) => sourceLines.has(stem(file)));

	const layersText = files[LAYERS_FILE];
	const layersCheck = new FileCheck(LAYERS_FILE, problems);
	const layers =
		layersText === undefined
			? (layersCheck.report('', 'missing: the map needs its layers'), [])
			: readLayers(layersCheck, layersText, placeIds, excerptRefs);
	const layersComplete = !problems.some((p) => p.file === LAYERS_FILE);

	// Nothing lost: every place is drawn by exactly one layer and quoted at least once,
	// every excerpt is reachable from a place or from an arc. Each of these is asked only once the
	// files it depends on have no problems, since a dropped excerpt or layer would look like a loss.
	const layerOf = new Map<string, string>();
	layers.forEach((layer, i) => {
		if (layer.kind !== 'places') return;
		layer.places.forEach((id, j) => {
			const other = layerOf.get(id);
			if (other) layersCheck.report(`layers[${i}].places[${j}]`, `place "${id}" is already in layer "${other}"`);
			else layerOf.set(id, layer.id);
		});
	});
	const arcExcerpts = new Set(layers.flatMap((layer) => (layer.kind === 'arc' ? layer.excerpts : [])));
	// Sets, not searches per place: the check stays linear in the size of the dossier.
	const quotedPlaces = new Set(excerpts.flatMap((excerpt) => excerpt.places));
	for (const place of places) {
		const file = `geodata/places/${place.id}.geojson`;
		if (layersComplete && !layerOf.has(place.id)) {
			problems.push({ file, path: 'properties.id', message: `place "${place.id}" is in no layer of ${LAYERS_FILE}` });
		}
		if (excerptsComplete && !quotedPlaces.has(place.id)) {
			problems.push({ file, path: 'properties.id', message: `place "${place.id}" has no excerpt: quote the source lines that speak of it` });
		}
	}
	for (const excerpt of excerpts) {
		if (layersComplete && excerpt.places.length === 0 && !arcExcerpts.has(`${excerpt.source}/${excerpt.id}`)) {
			problems.push({
				file: `geodata/excerpts/${excerpt.source}.json`,
				path: `[id=${excerpt.id}].places`,
				message: 'empty, and no arc layer links the excerpt: it would show nowhere'
			});
		}
	}

	if (problems.length > 0) return { problems };
	return { dossier: { sources, places, excerpts, layers }, problems };
}

function stem(file: string): string {
	return file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

/** What excerpts are checked against: the text and which of its lines are captions. */
type SourceLines = Pick<Source, 'text' | 'captionLines'>;

/**
 * Reads one source's metadata and text. `lines` comes back whenever the text and caption lines
 * are sound, so excerpts can be checked; `source` only when everything is.
 */
function readSource(check: FileCheck, files: GeodataFiles): { source?: Source; lines?: SourceLines } {
	const meta = check.json(files[check.file]!);
	if (meta === undefined) return {};
	if (!isObject(meta)) return check.report('', 'object expected'), {};
	const before = countProblems(check);
	const textFile = check.file.replace(/\.json$/, '.txt');
	const text = files[textFile];
	const id = check.id(meta, 'id');
	if (id !== undefined && id !== stem(check.file)) check.report('id', `"${id}" does not match the file name "${stem(check.file)}"`);
	const title = check.string(meta, 'title');
	const publisher = check.stringOrNull(meta, 'publisher');
	const url = check.stringOrNull(meta, 'url');
	if (typeof url === 'string' && !/^https?:\/\//.test(url)) check.report('url', 'must start with http:// or https://');
	const language = check.string(meta, 'language');
	const date = check.string(meta, 'date');
	if (date !== undefined && !DATE.test(date)) check.report('date', `"${date}" is not YYYY-MM-DD or YYYY-MM`);
	else if (date !== undefined && date.length === 10) {
		// The pattern lets 2024-02-30 through: the month decides how many days there are.
		const [year, month, day] = date.split('-').map(Number) as [number, number, number];
		const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (day > days) check.report('date', `"${date}" is not a calendar date: ${date.slice(0, 7)} has ${days} days`);
	}

	if (text === undefined) {
		check.report('', `has no text file ${stem(textFile)}.txt beside it`);
		return {};
	}
	const textProblems = sourceTextProblems(text);
	for (const message of textProblems) check.problems.push({ file: textFile, path: '', message });

	const lineCount = text.split('\n').length;
	const captionLines = meta.captionLines ?? [];
	let captionLinesOk = Array.isArray(captionLines);
	if (!Array.isArray(captionLines)) check.report('captionLines', `array of line numbers expected, ${describe(captionLines)} found`);
	else
		captionLines.forEach((line, i) => {
			if (!Number.isInteger(line) || line < 1 || line > lineCount) {
				check.report(`captionLines[${i}]`, `${describe(line)} is not a line of the text (1…${lineCount})`);
				captionLinesOk = false;
			}
		});

	const lines = textProblems.length === 0 && captionLinesOk ? { text, captionLines: captionLines as number[] } : undefined;
	if (countProblems(check) > before) return { lines };
	const source: Source = {
		id: id!,
		title: title!,
		...(typeof meta.titleNote === 'string' && { titleNote: meta.titleNote }),
		publisher: publisher!,
		date: date!,
		...(typeof meta.dateNote === 'string' && { dateNote: meta.dateNote }),
		language: language!,
		url: url!,
		captionLines: captionLines as number[],
		text
	};
	return { source, lines };
}

/** The 1-based line holding `offset`, by binary search over the lines' start offsets. */
function lineOf(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lineStarts[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return low + 1;
}

/** Why a source text would make offsets drift or lines split wrongly; empty when it is clean. */
export function sourceTextProblems(text: string): string[] {
	const problems: string[] = [];
	if (text.startsWith('\uFEFF')) problems.push('starts with a byte-order mark: save it as UTF-8 without BOM, or every offset shifts by one');
	if (text.includes('\r')) problems.push('has CR (Windows or old Mac) line ends: convert them to "\\n", or offsets drift by one per line');
	if (text.trim() === '') problems.push('is empty');
	return problems;
}

/** Reads one place file; records the id it declares in `declared`, to find duplicates across files. */
function readPlace(check: FileCheck, text: string, declared: Map<string, string[]>): Place | undefined {
	const collection = check.json(text);
	if (collection === undefined) return undefined;
	if (!isObject(collection) || collection.type !== 'FeatureCollection') {
		check.report('type', 'a place file must be a GeoJSON FeatureCollection');
		return undefined;
	}
	const before = countProblems(check);
	const props = isObject(collection.properties) ? collection.properties : (check.report('properties', 'object of place facts expected'), {});
	const id = check.id(props, 'id', 'properties.id');
	if (id !== undefined) declared.set(id, [...(declared.get(id) ?? []), check.file]);
	if (id !== undefined && id !== stem(check.file)) {
		check.report('properties.id', `"${id}" does not match the file name "${stem(check.file)}"`);
	}
	const name = check.string(props, 'name', 'properties.name');
	const kind = check.string(props, 'kind', 'properties.kind');
	const description = check.string(props, 'description', 'properties.description');
	const country = check.string(props, 'country', 'properties.country');
	if (country !== undefined && !/^[A-Z]{2}$/.test(country)) check.report('properties.country', `"${country}" is not an ISO 3166-1 alpha-2 code`);
	const aliases = check.stringArray(props, 'aliases');
	const names = props.names;
	if (!isObject(names) || Object.keys(names).length === 0) check.report('properties.names', 'object of native names by language tag expected, e.g. {"ar": "دمشق"}');
	else for (const [tag, value] of Object.entries(names)) {
		if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag)) check.report(`properties.names.${tag}`, 'key must be a BCP 47 language tag');
		if (typeof value !== 'string' || value.trim() === '') check.report(`properties.names.${tag}`, `non-empty string expected, ${describe(value)} found`);
	}

	if (!Array.isArray(collection.features)) check.report('features', 'array of GeoJSON features expected');
	const features: unknown[] = Array.isArray(collection.features) ? collection.features : [];
	features.forEach((feature, i) => {
		if (!isObject(feature) || feature.type !== 'Feature') check.report(`features[${i}].type`, `"Feature" expected, ${describe(isObject(feature) ? feature.type : feature)} found`);
	});
	const withRole = (role: string) => features.flatMap((feature, i) => (isObject(feature) && isObject(feature.properties) && feature.properties.role === role ? [[feature, i] as const] : []));
	const footprints = withRole('footprint');
	const anchors = withRole('anchor');
	if (footprints.length !== 1) check.report('features', `exactly one feature with properties.role "footprint" expected, ${footprints.length} found`);
	if (anchors.length !== 1) check.report('features', `exactly one feature with properties.role "anchor" expected, ${anchors.length} found`);

	let footprint: Feature<Polygon | MultiPolygon, FootprintProperties> | undefined;
	let anchor: Feature<Point, AnchorProperties> | undefined;
	if (footprints.length === 1) {
		const [feature, i] = footprints[0]!;
		const fp = feature.properties as Record<string, unknown>;
		const at = `features[${i}]`;
		if (fp.approximate !== true) check.report(`${at}.properties.approximate`, 'must be true: footprints are approximate and say so');
		if (typeof fp.precision_m !== 'number' || !(fp.precision_m > 0) || !Number.isFinite(fp.precision_m)) {
			check.report(`${at}.properties.precision_m`, `positive number of metres expected, ${describe(fp.precision_m)} found`);
		}
		check.string(fp, 'origin', `${at}.properties.origin`);
		const geometryProblems = polygonProblems(feature.geometry);
		for (const [path, message] of geometryProblems) check.report(path ? `${at}.geometry.${path}` : `${at}.geometry`, message);
		if (geometryProblems.length === 0) footprint = feature as never;
	}
	if (anchors.length === 1) {
		const [feature, i] = anchors[0]!;
		const at = `features[${i}]`;
		check.string(feature.properties as Record<string, unknown>, 'origin', `${at}.properties.origin`);
		const geometryProblems = pointProblems(feature.geometry);
		for (const [path, message] of geometryProblems) check.report(path ? `${at}.geometry.${path}` : `${at}.geometry`, message);
		if (geometryProblems.length === 0) anchor = feature as never;
		if (anchor && footprint && !booleanPointInPolygon(anchor.geometry.coordinates, footprint.geometry)) {
			check.report(`${at}.geometry.coordinates`, 'anchor lies outside the footprint');
		}
	}
	if (countProblems(check) > before || !footprint || !anchor) return undefined;
	return {
		id: id!,
		name: name!,
		names: names as Record<string, string>,
		aliases: aliases!,
		kind: kind!,
		country: country!,
		description: description!,
		footprint,
		anchor
	};
}

/** Problems reported so far by every check sharing the list. */
function countProblems(check: FileCheck): number {
	return check.problems.length;
}

/**
 * Reads one excerpts file; records `<source-id>/<excerpt-id>` of every excerpt it declares in
 * `declared`, valid or not, for the arcs that link them.
 */
function readExcerpts(
	check: FileCheck,
	text: string,
	sources: Map<string, SourceLines>,
	sourceExists: (id: string) => boolean,
	placeIds: Set<string>,
	declared: Set<string>
): Excerpt[] {
	const list = check.json(text);
	if (list === undefined) return [];
	if (!Array.isArray(list)) return check.report('', 'array of excerpts expected'), [];
	const sourceId = stem(check.file);
	for (const item of list) if (isObject(item) && typeof item.id === 'string') declared.add(`${sourceId}/${item.id}`);
	const source = sources.get(sourceId);
	if (!source) {
		// A source that is there but flawed has reported its problems; its excerpts wait for it.
		if (!sourceExists(sourceId)) check.report('', `no source "${sourceId}": sources/${sourceId}.txt and sources/${sourceId}.json must exist`);
		return [];
	}
	const captionLines = new Set(source.captionLines);
	const lineStarts = [0];
	for (let i = 0; i < source.text.length; i++) if (source.text[i] === '\n') lineStarts.push(i + 1);
	const seen = new Set<string>();
	const excerpts: Excerpt[] = [];
	list.forEach((item, i) => {
		const at = `[${i}]`;
		if (!isObject(item)) return check.report(at, 'object expected');
		const before = countProblems(check);
		const id = check.id(item, 'id', `${at}.id`);
		if (id !== undefined) {
			if (seen.has(id)) check.report(`${at}.id`, `duplicate excerpt id "${id}"`);
			seen.add(id);
		}
		const places = check.stringArray(item, 'places');
		places?.forEach((place, j) => {
			if (!placeIds.has(place)) check.report(`${at}.places[${j}]`, `unknown place "${place}"`);
		});
		const { start, end, quote, kind } = item;
		const offsetsOk = [['start', start], ['end', end]].every(([key, value]) => {
			if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= source.text.length) return true;
			check.report(`${at}.${key}`, `integer offset within 0…${source.text.length} expected, ${describe(value)} found`);
			return false;
		});
		if (offsetsOk && (start as number) >= (end as number)) check.report(`${at}.end`, `must be greater than start (${start})`);
		if (typeof quote !== 'string' || quote === '') check.report(`${at}.quote`, `the quoted words expected, ${describe(quote)} found`);
		else if (offsetsOk && source.text.slice(start as number, end as number) !== quote) {
			// Show where they part, from the start of that word, not just how they begin: a long
			// quote usually differs by a word or a typographic quote mark.
			const found = source.text.slice(start as number, end as number);
			let same = 0;
			while (same < quote.length && found[same] === quote[same]) same++;
			while (same > 0 && /\S/.test(quote[same - 1]!)) same--;
			check.report(
				`${at}.quote`,
				`is not the source text at ${start}…${end}: from offset ${(start as number) + same} the text reads ${describe(found.slice(same))}, the quote ${describe(quote.slice(same))}`
			);
		}
		if (kind !== 'paragraph' && kind !== 'caption') check.report(`${at}.kind`, `"paragraph" or "caption" expected, ${describe(kind)} found`);
		if (countProblems(check) > before) return;

		// A quote lies within one line, whose kind it shares.
		const line = lineOf(lineStarts, start as number);
		const lineEnd = (lineStarts[line] ?? source.text.length + 1) - 1;
		if ((end as number) > lineEnd) return check.report(`${at}.end`, `the excerpt runs past the end of line ${line}`);
		const lineKind = captionLines.has(line) ? 'caption' : 'paragraph';
		if (kind !== lineKind) return check.report(`${at}.kind`, `line ${line} is a ${lineKind}, not a ${kind}`);
		excerpts.push({ id: id!, source: sourceId, places: places!, start: start as number, end: end as number, quote: quote as string, kind: kind as Excerpt['kind'], line });
	});
	excerpts.sort((a, b) => a.start - b.start);
	// Each excerpt is one element of the full-text view: spans must not overlap. A line that speaks
	// of several places is one excerpt listing them all.
	for (let i = 1; i < excerpts.length; i++) {
		const [before, excerpt] = [excerpts[i - 1]!, excerpts[i]!];
		if (excerpt.start < before.end) {
			check.report(`[id=${excerpt.id}].start`, `overlaps excerpt "${before.id}" (${before.start}…${before.end}): list both places on one excerpt instead`);
		}
	}
	return excerpts;
}

function readLayers(check: FileCheck, text: string, placeIds: Set<string>, excerptRefs: Set<string>): Layer[] {
	const root = check.json(text);
	if (root === undefined) return [];
	if (!isObject(root) || !Array.isArray(root.layers)) return check.report('layers', 'array of layers expected'), [];
	const seen = new Set<string>();
	const layers: Layer[] = [];
	root.layers.forEach((item, i) => {
		const at = `layers[${i}]`;
		if (!isObject(item)) return check.report(at, 'object expected');
		const before = countProblems(check);
		const id = check.id(item, 'id', `${at}.id`);
		if (id !== undefined) {
			if (seen.has(id)) check.report(`${at}.id`, `duplicate layer id "${id}"`);
			seen.add(id);
		}
		const name = check.string(item, 'name', `${at}.name`);
		const color = check.string(item, 'color', `${at}.color`);
		if (color !== undefined && !COLOR.test(color)) check.report(`${at}.color`, `"${color}" is not a #rrggbb colour`);
		if (item.kind === 'places') {
			const places = Array.isArray(item.places) ? item.places : (check.report(`${at}.places`, 'array of place ids expected'), []);
			if (Array.isArray(item.places) && places.length === 0) check.report(`${at}.places`, 'a layer needs at least one place');
			places.forEach((place: unknown, j: number) => {
				if (typeof place !== 'string' || !placeIds.has(place)) check.report(`${at}.places[${j}]`, `unknown place ${describe(place)}`);
			});
			if (countProblems(check) === before) layers.push({ id: id!, name: name!, kind: 'places', places: places as string[], color: color! });
		} else if (item.kind === 'arc') {
			const from = check.string(item, 'from', `${at}.from`);
			if (from !== undefined && !placeIds.has(from)) check.report(`${at}.from`, `unknown place "${from}"`);
			const to = item.to;
			if (!isObject(to)) check.report(`${at}.to`, 'object {name, coordinates, origin} expected');
			else {
				check.string(to, 'name', `${at}.to.name`);
				check.string(to, 'origin', `${at}.to.origin`);
				for (const [path, message] of pointProblems({ type: 'Point', coordinates: to.coordinates })) check.report(`${at}.to.${path}`, message);
			}
			const excerpts = Array.isArray(item.excerpts) ? item.excerpts : (check.report(`${at}.excerpts`, 'array of "<source-id>/<excerpt-id>" expected'), []);
			excerpts.forEach((ref: unknown, j: number) => {
				if (typeof ref !== 'string' || !excerptRefs.has(ref)) check.report(`${at}.excerpts[${j}]`, `unknown excerpt ${describe(ref)}`);
			});
			if (countProblems(check) === before) layers.push({ id: id!, name: name!, kind: 'arc', from: from!, to: to as never, excerpts: excerpts as string[], color: color! });
		} else {
			check.report(`${at}.kind`, `"places" or "arc" expected, ${describe(item.kind)} found`);
		}
	});
	return layers;
}
