/**
 * The visible layers in the URL: `?layers=<id>,<id>`. Absent means all visible, empty means
 * none. Unknown ids are dropped; a value that names no known layer at all is garbage, and falls
 * back to the default (all visible), so a mangled link still shows the map.
 * @param value - `url.searchParams.get('layers')`
 * @param known - every layer id, in layer order
 * @returns the visible layer ids, in layer order
 */
export function parseLayersParam(value: string | null, known: readonly string[]): string[] {
	if (value === null) return [...known];
	if (value.trim() === '') return [];
	const named = new Set(value.split(',').map((id) => id.trim()));
	const visible = known.filter((id) => named.has(id));
	return visible.length > 0 ? visible : [...known];
}

/**
 * The `layers` value for a visible set, or null when all are visible (the parameter is left out,
 * so the plain link stays plain).
 */
export function formatLayersParam(visible: readonly string[], known: readonly string[]): string | null {
	const shown = known.filter((id) => visible.includes(id));
	return shown.length === known.length ? null : shown.join(',');
}
