/** A box in pixels: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** Where a label sits against its point, as MapLibre's `text-variable-anchor` names it. */
export type Anchor = 'center' | 'left' | 'right' | 'top' | 'bottom';

/**
 * A rough advance width of a text in ems, for collision boxes only: without the font's metrics at
 * build time, an average per kind of character (Noto Sans' Latin letters are about 0.55 em wide).
 */
export function textWidthEm(text: string, bold = false): number {
	let em = 0;
	for (const char of text) {
		if (char === ' ') em += 0.26;
		else if (/[A-Z]/.test(char)) em += 0.66;
		else if (/[\u0600-\u06ff]/.test(char)) em += 0.45;
		else if (/[\u2e80-\u9fff]/.test(char)) em += 1;
		else em += 0.55;
	}
	return em * (bold ? 1.06 : 1);
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * The box of a label of `width` × `height` px set at `anchor` against the point (x, y), `offset`
 * px away from it (MapLibre's `text-radial-offset`).
 */
export function labelBox(x: number, y: number, width: number, height: number, anchor: Anchor, offset: number): Box {
	switch (anchor) {
		case 'left':
			return [x + offset, y - height / 2, x + offset + width, y + height / 2];
		case 'right':
			return [x - offset - width, y - height / 2, x - offset, y + height / 2];
		case 'top':
			return [x - width / 2, y + offset, x + width / 2, y + offset + height];
		case 'bottom':
			return [x - width / 2, y - offset - height, x + width / 2, y - offset];
		default:
			return [x - width / 2, y - height / 2, x + width / 2, y + height / 2];
	}
}

/**
 * Greedy label placement, as MapLibre places symbols: labels in priority order, each at the first
 * of its anchors where its box, grown by its padding, stays inside the view and overlaps no label
 * placed before it; a label with no such place is left out.
 * @returns for each label, in input order, the anchor it got and its box, or undefined
 */
export function placeLabels(
	labels: readonly { x: number; y: number; width: number; height: number; anchors: readonly Anchor[]; offset: number; padding: number; allowOverlap?: boolean }[],
	view: { width: number; height: number }
): ({ anchor: Anchor; box: Box } | undefined)[] {
	const taken: Box[] = [];
	return labels.map((label) => {
		for (const anchor of label.anchors) {
			const box = labelBox(label.x, label.y, label.width, label.height, anchor, label.offset);
			const padded: Box = [box[0] - label.padding, box[1] - label.padding, box[2] + label.padding, box[3] + label.padding];
			const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= view.width && box[3] <= view.height;
			// `text-allow-overlap`: placed whatever it meets, and still in the way of those placed after it.
			if (label.allowOverlap || (inside && !taken.some((other) => overlaps(padded, other)))) {
				taken.push(padded);
				return { anchor, box };
			}
		}
		return undefined;
	});
}
