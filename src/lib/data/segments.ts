import { mentionsIn } from './links';
import type { Excerpt, Mention } from './types';

/** A run of an excerpt's words: plain text, or a mention's words. */
export interface Run {
	text: string;
	mention?: Mention;
}

/** A run of one line of a source: plain text, or an excerpt's words cut into runs. */
export interface Segment {
	text: string;
	excerpt?: Excerpt;
	runs?: Run[];
}

/**
 * Cuts an excerpt's quote into plain runs and the mentions in it (only those naming `place`, when
 * given), so each mention can be its own element while the quote's text stays whole.
 */
export function quoteRuns(excerpt: Pick<Excerpt, 'start' | 'quote' | 'mentions'>, place?: string): Run[] {
	const runs: Run[] = [];
	let at = 0;
	for (const mention of mentionsIn(excerpt, place)) {
		const [start, end] = [mention.start - excerpt.start, mention.end - excerpt.start];
		if (start > at) runs.push({ text: excerpt.quote.slice(at, start) });
		runs.push({ text: excerpt.quote.slice(start, end), mention });
		at = end;
	}
	if (at < excerpt.quote.length || runs.length === 0) runs.push({ text: excerpt.quote.slice(at) });
	return runs;
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
			segments.push({ text: text.slice(excerpt.start, excerpt.end), excerpt, runs: quoteRuns(excerpt) });
			at = excerpt.end;
		}
		if (at < lineEnd || segments.length === 0) segments.push({ text: text.slice(at, lineEnd) });
		const number = i + 1;
		offset = lineEnd + 1;
		return { number, kind: captionLines.includes(number) ? 'caption' : 'paragraph', segments };
	});
}
