import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '$lib/data/types';
import { validateBasemaps, type BasemapList } from '$lib/map/basemaps';

/**
 * The deployer's basemaps (`BASEMAPS_FILE`, default `basemaps.json` beside package.json), checked as
 * the site is built: a bad file stops the build with every problem, named by file and field.
 */
function load(): BasemapList {
	const file = process.env.BASEMAPS_FILE ?? 'basemaps.json';
	const { list, problems } = validateBasemaps(readFileSync(resolve(file), 'utf8'), file);
	if (!list) throw new Error(`${file} is invalid:\n${problems.map(formatProblem).join('\n')}`);
	return list;
}

export const basemaps = load();
