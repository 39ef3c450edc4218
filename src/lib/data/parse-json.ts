/** The outcome of parsing one JSON file: its value, or where and why it is not JSON. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses JSON text and, on a syntax error, says where it is as `line L, column C`
 * (1-based), which V8 only gives as a character position.
 * @example parseJson('{"a": 1,}') // { ok: false, message: 'invalid JSON at line 1, column 9: …' }
 */
export function parseJson(text: string): ParsedJson {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		// V8 says "… at position N" (sometimes followed by "(line L column C)"); at the end of input it says neither.
		const match = /at position (\d+)/.exec(reason);
		const position = match ? Number(match[1]) : text.length;
		const { line, column } = lineAndColumn(text, position);
		const detail = reason.replace(/\s*(in JSON )?at position \d+.*$/s, '');
		return { ok: false, message: `invalid JSON at line ${line}, column ${column}: ${detail}` };
	}
}

/** 1-based line and column of a string offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - (before.lastIndexOf('\n') + 1) + 1;
	return { line, column };
}
