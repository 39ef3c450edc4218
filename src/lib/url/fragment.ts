/**
 * The element id a URL fragment names (`#line-8`, or `#line-8&map=…`), decoded; '' when the
 * fragment is empty or not valid percent-encoding. Never throws: a malformed link falls back
 * to no target.
 */
export function fragmentTarget(hash: string): string {
	const first = hash.replace(/^#/, '').split('&')[0] ?? '';
	try {
		return decodeURIComponent(first);
	} catch {
		return '';
	}
}
