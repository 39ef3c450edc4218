// Whether a build carries the map's test hook (the MapLibre instance on the map's element as
// `__map`, see vite.config.ts): the browser tests and the benchmark read the map through it, and a
// production build must not have it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The property name as a string literal in the built JavaScript (`__vite__mapDeps` is no match). */
const HOOK = /["'`]__map["'`]/;

/**
 * Whether any of the build's client chunks sets the hook.
 * @param {string} buildDir - e.g. `build`
 */
export function hasMapTestHook(buildDir) {
	const app = join(buildDir, '_app/immutable');
	if (!existsSync(app)) return false;
	return readdirSync(app, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith('.js') && HOOK.test(readFileSync(join(entry.parentPath, entry.name), 'utf8')));
}

/**
 * Throws, saying how to make one, unless the build is a test build.
 * @param {string} buildDir
 * @param {string} who - what reads the hook, for the message
 */
export function requireMapTestHook(buildDir, who) {
	if (!hasMapTestHook(buildDir))
		throw new Error(`${buildDir}/ is a production build, without the map's test hook (read by ${who}): build it with \`npm run build:test\` (MAP_TEST_HOOK=1; npm test does)`);
}
