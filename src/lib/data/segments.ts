import type { Excerpt } from './types';

/** A run of one line of a source: plain text, or an excerpt's words. */
export interface Segment {
	text: string;
	excerpt?: Excerpt;
}

/** One line of a source, cut into plain runs and excerpts, for the full-text view. */
export interface SourceLine {
	/** 1-based. */
	number: number;
	kind: 'paragraph' | 'caption';
	segments: Segment[];
}

/**
 * Cuts a source text into lines, and each line into runs of plain text and excerpts, so that
 * every excerpt can be shown as its own element. Excerpts lie within one line and do not overlap
 * (the validator makes sure).
 */
export function sourceLines(text: string, captionLines: readonly number[], excerpts: readonly Excerpt[]): SourceLine[] {
	const byStart = [...excerpts].sort((a, b) => a.start - b.start);
	let next = 0;
	let offset = 0;
	return text.split('\n').map((line, i) => {
		const lineEnd = offset + line.length;
		const segments: Segment[] = [];
		let at = offset;
		while (next < byStart.length && byStart[next]!.start < lineEnd) {
			const excerpt = byStart[next++]!;
			if (excerpt.start > at) segments.push({ text: text.slice(at, excerpt.start) });
			segments.push({ text: text.slice(excerpt.start, excerpt.end), excerpt });
			at = excerpt.end;
		}
		if (at < lineEnd || segments.length === 0) segments.push({ text: text.slice(at, lineEnd) });
		const number = i + 1;
		offset = lineEnd + 1;
		return { number, kind: captionLines.includes(number) ? 'caption' : 'paragraph', segments };
	});
}
