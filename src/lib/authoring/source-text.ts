/** A text made ready to be a source: UTF-8 checked, and what was tidied said. */
export type PreparedText = { ok: true; text: string; changes: string[] } | { ok: false; message: string };

/**
 * Decodes the bytes of an article as UTF-8 and gives the text a source must have: no byte-order
 * mark, `\n` line ends. Bytes that are not UTF-8 are refused at their offset, never replaced: a
 * replaced character would be a quote that was not published.
 */
export function prepareSourceText(bytes: Uint8Array): PreparedText {
	const bad = firstInvalidUtf8(bytes);
	if (bad !== undefined) {
		return { ok: false, message: `is not UTF-8: byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, '0')}) starts no valid character; save the text as UTF-8 and try again` };
	}
	let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	const changes: string[] = [];
	if (text.startsWith('\uFEFF')) {
		text = text.slice(1);
		changes.push('removed the byte-order mark');
	}
	const crlf = text.split('\r\n').length - 1;
	if (crlf > 0) {
		text = text.replaceAll('\r\n', '\n');
		changes.push(`turned ${crlf} CR LF line end${crlf === 1 ? '' : 's'} into LF`);
	}
	return { ok: true, text, changes };
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 character. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
	let i = 0;
	while (i < bytes.length) {
		const byte = bytes[i]!;
		// Lead byte → number of continuation bytes and the smallest value allowed (no overlong forms).
		const [extra, min] = byte < 0x80 ? [0, 0] : byte >= 0xc2 && byte <= 0xdf ? [1, 0x80] : byte >= 0xe0 && byte <= 0xef ? [2, 0x800] : byte >= 0xf0 && byte <= 0xf4 ? [3, 0x10000] : [-1, 0];
		if (extra < 0) return i;
		let value = extra === 0 ? byte : byte & (0x3f >> extra);
		for (let k = 1; k <= extra; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return i;
			value = (value << 6) | (next & 0x3f);
		}
		if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return i;
		i += extra + 1;
	}
	return undefined;
}
