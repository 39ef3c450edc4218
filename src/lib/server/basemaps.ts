import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Relative imports: svelte.config.js reads this module too (through tsx), where `$lib` is unknown.
import { formatProblem } from '../data/types';
import { basemapOrigins, validateBasemaps, type BasemapList } from '../map/basemaps';

/**
 * The deployer's basemaps (`BASEMAPS_FILE`, default `basemaps.json` beside package.json), checked as
 * the site is built: a bad file stops the build with every problem, named by file and field.
 */
export function loadBasemaps(file = process.env.BASEMAPS_FILE ?? 'basemaps.json'): BasemapList {
	const { list, problems } = validateBasemaps(readFileSync(resolve(file), 'utf8'), file);
	if (!list) throw new Error(`${file} is invalid:\n${problems.map(formatProblem).join('\n')}`);
	return list;
}

/** The origins the Content-Security-Policy allows beyond the site's own (svelte.config.js): exactly those the basemaps load from. */
export const cspOrigins = (): string[] => basemapOrigins(loadBasemaps());

export const basemaps = loadBasemaps();
