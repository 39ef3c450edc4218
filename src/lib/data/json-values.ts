/**
 * What every validator (geodata, geometry, basemaps) says about a JSON value it did not expect,
 * and what an id is: one wording everywhere, so messages read the same whichever file they name.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a found value for error messages. */
export function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === 'number') return String(value);
	return typeof value;
}

/** An id (of a place, source, excerpt, layer or basemap): it is part of a URL and never changes. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @example notAnId('Tartus') // '"Tartus" is not an id: use lower-case letters, digits and single hyphens' */
export const notAnId = (value: unknown): string => `${describe(value)} is not an id: use lower-case letters, digits and single hyphens`;
