// Evaluates the live map's own style (https://maplibre.org/maplibre-style-spec/) into an SVG.
import { featureFilter, latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { bbox } from '@turf/turf';
import { geoArea, geoPath } from 'd3-geo';
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { clusterHolds } from '../map/cluster';
import { escapeMarkup as escapeXml } from '../text/escape';
// The app's own symbols (scripts/build-sprite.ts), the same drawing as the live map's sprite: markup we wrote, never data.
import LANDMARK_ICONS from '../map/landmark-icons.json';
import type { Anchor } from './labels';
import { placeLabels, textWidthEm } from './labels';

/** Latin and Cyrillic from Noto Sans, Arabic from its sibling: the faces the live map's glyphs come from. */
export const FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', sans-serif";

export interface StaticMapOptions {
	/** The style to draw, layer by layer (the live map's: basemap with the dossier, see `withDossier`). */
	style: StyleSpecification;
	/** The data each layer draws, by `sourceKey` (a GeoJSON source's id, or `source/source-layer`); layers without data are skipped. */
	sources: Record<string, FeatureCollection>;
	/** The projection and zoom from `fitMercator`. */
	fit: { projection: GeoProjection; zoom: number };
	width: number;
	height: number;
	/** Keys (the `promoteId` property) drawn with feature-state `selected`, as the route's places are. */
	selected?: readonly string[];
	/** The accessible name: the `<title>`. */
	title: string;
	/** A band across the bottom with a heading, for link previews. */
	banner?: { title: string; native?: string; subtitle?: string };
}

type Evaluated = { evaluate(globals: { zoom: number }, feature?: unknown, state?: unknown): unknown };
type PropertySpecs = Record<string, Record<string, { default?: unknown } | undefined>>;
const specs = latest as unknown as PropertySpecs;

/** A style property of a layer, evaluated as MapLibre would for a feature (or its default). */
function property(layer: LayerSpecification, kind: 'paint' | 'layout', name: string): Evaluated {
	const spec = specs[`${kind}_${layer.type}`]?.[name];
	if (!spec) throw new Error(`${layer.id}: no ${kind} property "${name}" for a ${layer.type} layer`);
	const value = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind]?.[name] ?? spec.default;
	if (value === undefined) return { evaluate: () => undefined };
	return normalizePropertyExpression(value, `layers.${layer.id}.${kind}.${name}`, spec as never, {}) as unknown as Evaluated;
}

/** A colour as SVG 1.1 writes it (resvg and every browser): `#rrggbb` and an opacity. */
function svgColour(value: unknown): { hex: string; opacity: number } {
	const [r = 0, g = 0, b = 0, a = 1] = (String(value).match(/[\d.]+/g) ?? []).map(Number);
	const hex = `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
	return { hex, opacity: Math.round(a * 1000) / 1000 };
}

const n1 = (value: number) => String(Math.round(value * 10) / 10);

/** A geometry's `[west, south, east, north]`, worked out once per geometry. */
const bounds = new WeakMap<Geometry, number[]>();
function boundsOf(geometry: Geometry): number[] {
	let box = bounds.get(geometry);
	if (!box) bounds.set(geometry, (box = bbox(geometry)));
	return box;
}

/** RFC 7946 rings run anticlockwise; d3's spherical polygons clockwise: turn the ones d3 would read inside out. */
const d3Wound = new WeakMap<Geometry, Geometry>();
function forD3(geometry: Geometry): Geometry {
	let wound = d3Wound.get(geometry);
	if (wound) return wound;
	const fix = (rings: Position[][]) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings);
	if (geometry.type === 'Polygon') wound = { type: 'Polygon', coordinates: fix(geometry.coordinates) };
	else if (geometry.type === 'MultiPolygon') wound = { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
	else wound = geometry;
	d3Wound.set(geometry, wound);
	return wound;
}

/** A line layer draws a polygon's rings, not its area: clipped as lines, no stroke runs along the view's edge. */
function asLines(geometry: Geometry): Geometry {
	if (geometry.type === 'Polygon') return { type: 'MultiLineString', coordinates: geometry.coordinates };
	if (geometry.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: geometry.coordinates.flat() };
	return geometry;
}

const TYPES: Record<string, number> = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 };

interface Label {
	layer: number;
	x: number;
	y: number;
	lines: { text: string; size: number }[];
	bold: boolean;
	size: number;
	letterSpacing: number;
	colour: unknown;
	/** 0 for a label that only keeps others away (placed, not drawn). */
	opacity: number;
	allowOverlap: boolean;
	halo: unknown;
	haloWidth: number;
	anchors: Anchor[];
	offset: number;
	padding: number;
	width: number;
	height: number;
}

/** MapLibre's default line height, in ems of the label's size. */
const LINE_HEIGHT = 1.2;

/** Breaks a line at spaces where it would pass `maxEm` (MapLibre's `text-max-width`). */
function wrap(text: string, maxEm: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidthEm(next) > maxEm) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	return [...lines, line];
}

/** The lines of a `text-field` value (a string or a `format` expression's sections). */
function textLines(value: unknown, size: number, maxEm: number): { text: string; size: number }[] {
	const sections =
		value && typeof value === 'object' && 'sections' in value
			? (value as { sections: { text: string; scale: number | null }[] }).sections
			: [{ text: String(value ?? ''), scale: null }];
	const lines: { text: string; size: number }[] = [{ text: '', size }];
	for (const section of sections) {
		const parts = section.text.split('\n');
		parts.forEach((part, i) => {
			if (i > 0) lines.push({ text: '', size });
			const line = lines.at(-1)!;
			line.text += part;
			if (part) line.size = size * (section.scale ?? 1);
		});
	}
	return lines.filter((line) => line.text.trim()).flatMap((line) => wrap(line.text, maxEm).map((text) => ({ text, size: line.size })));
}

/** What drawing one layer needs: the picture's projection and size, and the feature being drawn. */
interface Drawing {
	layer: LayerSpecification;
	index: number;
	projection: GeoProjection;
	path: GeoPath;
	width: number;
	height: number;
	/** Paint and layout properties evaluated for the feature at hand, at the picture's zoom. */
	paint: (name: string) => unknown;
	layout: (name: string) => unknown;
	feature: Feature;
	out: string[];
}

function drawFill({ paint, feature, path, out }: Drawing) {
	if (TYPES[feature.geometry.type] !== 3) return;
	const d = path(forD3(feature.geometry));
	if (!d) return;
	const { hex, opacity } = svgColour(paint('fill-color'));
	const alpha = opacity * Number(paint('fill-opacity'));
	if (alpha <= 0) return;
	// MapLibre's antialiasing draws a fill's edge as a line of its colour; without it, two
	// opaque shapes that meet (neighbouring tiles, land and the coast's land) show a seam.
	const seam = alpha === 1 && paint('fill-antialias') !== false ? ` stroke="${hex}" stroke-width="1"` : '';
	out.push(`<path d="${d}" fill="${hex}"${alpha < 1 ? ` fill-opacity="${n1000(alpha)}"` : ''}${seam}/>`);
}

function drawLine({ paint, layout, feature, path, out }: Drawing, blurs: Set<number>) {
	if (TYPES[feature.geometry.type]! < 2) return;
	const { hex, opacity } = svgColour(paint('line-color'));
	const alpha = opacity * Number(paint('line-opacity'));
	const lineWidth = Number(paint('line-width'));
	if (alpha <= 0 || lineWidth <= 0) return;
	const d = path(asLines(feature.geometry));
	if (!d) return;
	// MapLibre's dashes are in line widths.
	const dashes = paint('line-dasharray') as number[] | undefined;
	const dash = dashes?.length && dashes.some((gap, i) => i % 2 === 1 && gap > 0) ? ` stroke-dasharray="${dashes.map((dash) => n1(dash * lineWidth)).join(' ')}"` : '';
	const join = String(layout('line-join') ?? 'miter');
	const cap = String(layout('line-cap') ?? 'butt');
	// line-blur softens the edge over that many pixels: a Gaussian blur of about a third of it.
	const blur = Math.round(Number(paint('line-blur') ?? 0) / 3);
	if (blur > 0) blurs.add(blur);
	out.push(
		`<path d="${d}" fill="none" stroke="${hex}" stroke-width="${n1(lineWidth)}"${alpha < 1 ? ` stroke-opacity="${n1000(alpha)}"` : ''}${dash}${join !== 'miter' ? ` stroke-linejoin="${join}"` : ''}${cap !== 'butt' ? ` stroke-linecap="${cap}"` : ''}${blur > 0 ? ` filter="url(#blur-${blur})"` : ''}/>`
	);
}

/** The points a circle or symbol is drawn at: a point's own; a line label's at the middle of the line in view. */
function anchorPoints({ feature, layout, layer, projection, width, height }: Drawing): [number, number][] {
	const g = feature.geometry;
	if (g.type === 'Point') return [projection(g.coordinates as [number, number])!];
	if (g.type === 'MultiPoint') return g.coordinates.map((c) => projection(c as [number, number])!);
	if (layer.type !== 'symbol' || layout('symbol-placement') !== 'line') return [];
	const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
	return lines.flatMap((line) => {
		const onScreen = line.map((c) => projection(c as [number, number])!).filter(([x, y]) => x >= 0 && y >= 0 && x <= width && y <= height);
		return onScreen.length >= 2 ? [onScreen[Math.floor(onScreen.length / 2)]!] : [];
	});
}

function drawCircle(drawing: Drawing) {
	for (const [x, y] of anchorPoints(drawing)) {
		if (x < 0 || y < 0 || x > drawing.width || y > drawing.height) continue;
		drawing.out.push(circle(x, y, drawing.paint));
	}
}

/** A symbol's icon (`icon-image`), drawn where it stands: the landmark symbols are drawn always, as in the live style. */
function drawIcon(drawing: Drawing) {
	const image = drawing.layout('icon-image') as { name?: string } | string | undefined;
	const icon = LANDMARK_ICONS.icons[String(typeof image === 'object' ? image?.name : (image ?? '')) as keyof typeof LANDMARK_ICONS.icons];
	if (!icon) return;
	const half = LANDMARK_ICONS.size / 2;
	for (const [x, y] of anchorPoints(drawing)) {
		if (x < 0 || y < 0 || x > drawing.width || y > drawing.height) continue;
		drawing.out.push(`<g transform="translate(${n1(x - half)} ${n1(y - half)})">${icon}</g>`);
	}
}

/** A symbol's text, as a label for the placement pass (MapLibre places labels after drawing the rest). */
function collectLabels(drawing: Drawing, labels: Label[]) {
	const { layout, paint, index, width, height } = drawing;
	for (const [x, y] of anchorPoints(drawing)) {
		if (x < 0 || y < 0 || x > width || y > height) continue;
		const size = Number(layout('text-size'));
		const transform = String(layout('text-transform') ?? 'none');
		const lines = textLines(layout('text-field'), size, Number(layout('text-max-width'))).map((line) => ({
			...line,
			text: transform === 'uppercase' ? line.text.toUpperCase() : transform === 'lowercase' ? line.text.toLowerCase() : line.text
		}));
		if (lines.length === 0) continue;
		const bold = ((layout('text-font') as string[] | undefined) ?? []).some((font) => /bold/i.test(font));
		const letterSpacing = Number(layout('text-letter-spacing') ?? 0);
		const variable = layout('text-variable-anchor') as Anchor[] | undefined;
		const textWidth = Math.max(...lines.map((line) => line.size * (textWidthEm(line.text, bold) + letterSpacing * [...line.text].length)));
		labels.push({
			layer: index,
			x,
			y,
			lines,
			bold,
			size,
			letterSpacing,
			colour: paint('text-color'),
			opacity: Number(paint('text-opacity') ?? 1),
			allowOverlap: layout('text-allow-overlap') === true,
			halo: paint('text-halo-color'),
			haloWidth: Number(paint('text-halo-width') ?? 0),
			anchors: variable?.length ? variable : [String(layout('text-anchor') ?? 'center') as Anchor],
			offset: Number(layout('text-radial-offset') ?? 0) * size,
			padding: Number(layout('text-padding') ?? 2),
			width: textWidth,
			height: lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0)
		});
	}
}

/** The data a layer draws: a GeoJSON source's, or one source-layer of a vector source (`source/source-layer`). */
export const sourceKey = (layer: LayerSpecification): string | undefined =>
	'source' in layer ? ('source-layer' in layer && layer['source-layer'] ? `${layer.source}/${layer['source-layer']}` : layer.source) : undefined;

/**
 * The static map: the style's layers in order, each feature that its filter keeps at the fitted
 * zoom, with its paint evaluated as MapLibre evaluates it (feature-state `selected` for the
 * route's places); labels placed greedily, top layer first. Pure: same input, same bytes.
 * @returns the SVG document, with `role="img"` and `title` as its accessible name
 */
export function renderStaticMap(options: StaticMapOptions): string {
	const { style, sources, fit, width, height, selected = [] } = options;
	const { projection, zoom } = fit;
	// Tiles are laid out (filters) at the integer zoom they were cut for; paint follows the exact zoom.
	const tileZoom = Math.floor(zoom);
	const path = (geoPath(projection) as GeoPath & { digits(digits: number): GeoPath }).digits(1);
	const chosen = new Set(selected);
	// What lies wholly outside the picture (with a margin for labels) is not drawn: a large dossier's
	// context and places are mostly elsewhere.
	let [west = -180, north = 90] = projection.invert!([-width / 2, -height / 2]) ?? [];
	let [east = 180, south = -90] = projection.invert!([width * 1.5, height * 1.5]) ?? [];
	// Where that reach is as wide as the world (d3's scale is its width over 2π), the longitudes d3
	// answers wrap round, west may fall east of east and most features outside: take every longitude.
	if (2 * width >= 2 * Math.PI * projection.scale()) [west, east] = [-180, 180];
	const inView = (geometry: Geometry) => {
		const [w = 0, s = 0, e = 0, n = 0] = boundsOf(geometry);
		return !(e < west || w > east || n < south || s > north);
	};
	const body: string[][] = style.layers.map(() => []);
	const labels: Label[] = [];
	const blurs = new Set<number>();

	style.layers.forEach((layer, index) => {
		if ((layer.minzoom !== undefined && zoom < layer.minzoom) || (layer.maxzoom !== undefined && zoom >= layer.maxzoom)) return;
		if (layer.layout && 'visibility' in layer.layout && layer.layout.visibility === 'none') return;
		const out = body[index]!;
		if (layer.type === 'background') {
			const { hex, opacity } = svgColour(property(layer, 'paint', 'background-color').evaluate({ zoom }));
			out.push(`<rect width="${width}" height="${height}" fill="${hex}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}/>`);
			return;
		}
		const key = sourceKey(layer);
		const data = key && sources[key];
		if (!data || !('source' in layer)) return;
		const filter = featureFilter(layer.filter, `layers.${layer.id}.filter`, {});
		const paintOf = new Map<string, Evaluated>();
		const layoutOf = new Map<string, Evaluated>();
		const evaluated = (cache: Map<string, Evaluated>, kind: 'paint' | 'layout', name: string) => {
			let value = cache.get(name);
			if (!value) cache.set(name, (value = property(layer, kind, name)));
			return value;
		};
		const promoteId = (style.sources[layer.source] as { promoteId?: string } | undefined)?.promoteId;
		for (const feature of data.features as Feature[]) {
			if (!feature.geometry || !inView(feature.geometry)) continue;
			const expressionFeature = { type: TYPES[feature.geometry.type] ?? 0, properties: feature.properties ?? {}, id: feature.id };
			if (!filter.filter({ zoom: tileZoom }, expressionFeature as never)) continue;
			// A cluster is lit when it holds a selected place, as the live map flags it.
			const state = {
				selected: feature.properties?.cluster
					? selected.some((key) => clusterHolds(feature.properties?.keys, key))
					: chosen.has(String(promoteId ? feature.properties?.[promoteId] : feature.id))
			};
			const drawing: Drawing = {
				layer,
				index,
				projection,
				path,
				width,
				height,
				feature,
				out,
				paint: (name) => evaluated(paintOf, 'paint', name).evaluate({ zoom }, expressionFeature, state),
				layout: (name) => evaluated(layoutOf, 'layout', name).evaluate({ zoom }, expressionFeature, state)
			};
			if (layer.type === 'fill') drawFill(drawing);
			else if (layer.type === 'line') drawLine(drawing, blurs);
			else if (layer.type === 'circle') drawCircle(drawing);
			else if (layer.type === 'symbol') {
				drawIcon(drawing);
				collectLabels(drawing, labels);
			}
		}
	});

	// MapLibre places the top layer's symbols first: they win any collision.
	const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.layer - labels[a]!.layer || a - b);
	const placed = placeLabels(
		order.map((i) => labels[i]!),
		{ width, height }
	);
	order.forEach((i, k) => {
		const spot = placed[k];
		if (spot && labels[i]!.opacity > 0) body[labels[i]!.layer]!.push(text(labels[i]!, spot.anchor, spot.box));
	});

	const defs = [...blurs].sort((a, b) => a - b).map((blur) => `<filter id="blur-${blur}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${blur}"/></filter>`);
	const banner = options.banner ? bannerSvg(options.banner, width, height) : '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
		`<title>${escapeXml(options.title)}</title>`,
		...(defs.length ? [`<defs>${defs.join('')}</defs>`] : []),
		`<g font-family="${FONT_FAMILY}">`,
		...body.flat(),
		banner,
		'</g></svg>'
	].join('\n');
}

/** Arabic text names its face first: resvg's fallback for a missing glyph ignores the weight. */
const ARABIC_FAMILY = "'Noto Sans Arabic', 'Noto Sans', sans-serif";
const familyFor = (text: string) => (/[\u0600-\u06ff]/.test(text) ? ` font-family="${ARABIC_FAMILY}"` : '');

const n1000 = (value: number) => String(Math.round(value * 1000) / 1000);

/** MapLibre's circle stroke lies outside the radius; SVG's is centred on it. */
function circle(x: number, y: number, paint: (name: string) => unknown): string {
	const r = Number(paint('circle-radius'));
	const stroke = Number(paint('circle-stroke-width') ?? 0);
	const fill = svgColour(paint('circle-color'));
	const line = svgColour(paint('circle-stroke-color'));
	// The colours' own alpha times the layer's opacities, as MapLibre multiplies them.
	const fillOpacity = fill.opacity * Number(paint('circle-opacity') ?? 1);
	const strokeOpacity = line.opacity * Number(paint('circle-stroke-opacity') ?? 1);
	const strokeAttrs = stroke > 0 && strokeOpacity > 0 ? ` stroke="${line.hex}" stroke-width="${n1(stroke)}"${strokeOpacity < 1 ? ` stroke-opacity="${n1000(strokeOpacity)}"` : ''}` : '';
	const fillAttrs = fillOpacity > 0 ? `fill="${fill.hex}"${fillOpacity < 1 ? ` fill-opacity="${n1000(fillOpacity)}"` : ''}` : 'fill="none"';
	return `<circle cx="${n1(x)}" cy="${n1(y)}" r="${n1(r + stroke / 2)}" ${fillAttrs}${strokeAttrs}/>`;
}

/** A placed label: its lines as tspans, a halo behind the letters as MapLibre's `text-halo`. */
function text(label: Label, anchor: Anchor, box: [number, number, number, number]): string {
	const [textAnchor, x] = anchor === 'left' ? ['start', box[0]] : anchor === 'right' ? ['end', box[2]] : ['middle', (box[0] + box[2]) / 2];
	const colour = svgColour(label.colour);
	const halo = svgColour(label.halo);
	const haloAttrs =
		label.haloWidth > 0 && halo.opacity > 0
			? ` stroke="${halo.hex}" stroke-width="${n1(label.haloWidth * 2)}"${halo.opacity < 1 ? ` stroke-opacity="${halo.opacity}"` : ''} stroke-linejoin="round" paint-order="stroke"`
			: '';
	let top = box[1];
	const spans = label.lines.map((line) => {
		// A line's baseline: its middle plus half the height of Noto Sans' capitals.
		const baseline = top + (line.size * LINE_HEIGHT) / 2 + line.size * 0.36;
		top += line.size * LINE_HEIGHT;
		const size = line.size !== label.size ? ` font-size="${n1(line.size)}"` : '';
		return `<tspan x="${n1(x)}" y="${n1(baseline)}"${size}${familyFor(line.text)}>${escapeXml(line.text)}</tspan>`;
	});
	const spacing = label.letterSpacing ? ` letter-spacing="${n1(label.letterSpacing * label.size)}"` : '';
	return `<text font-size="${n1(label.size)}"${label.bold ? ' font-weight="700"' : ''} fill="${colour.hex}"${haloAttrs}${spacing} text-anchor="${textAnchor}">${spans.join('')}</text>`;
}

/** The link-preview band: the heading shrunk until it fits the width. */
function bannerSvg(banner: { title: string; native?: string; subtitle?: string }, width: number, height: number): string {
	const band = BANNER_HEIGHT;
	const margin = 40;
	const size = Math.min(46, (width - 2 * margin) / Math.max(1, textWidthEm(`${banner.title} · ${banner.native ?? ''}`, true)));
	const top = height - band;
	// Each part in a tspan of its own, weight and all: resvg drops a <text>'s weight from its own words once it holds a tspan.
	const part = (text: string) => `<tspan font-weight="700"${familyFor(text)}>${escapeXml(text)}</tspan>`;
	const heading = banner.native ? `${part(`${banner.title} · `)}${part(banner.native)}` : part(banner.title);
	return [
		`<rect x="0" y="${top}" width="${width}" height="${band}" fill="#ffffff" fill-opacity="0.94"/>`,
		`<rect x="0" y="${top}" width="${width}" height="3" fill="#4b2f86"/>`,
		`<text x="${margin}" y="${n1(top + 22 + size)}" font-size="${n1(size)}" fill="#1f1b24">${heading}</text>`,
		banner.subtitle ? `<text x="${margin}" y="${top + band - 24}" font-size="22" fill="#5c5663">${escapeXml(banner.subtitle)}</text>` : ''
	].join('\n');
}

/** The height of the link-preview band; fit the map with this much more padding at the bottom. */
export const BANNER_HEIGHT = 130;
