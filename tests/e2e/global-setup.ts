import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { requireMapTestHook } from '../../scripts/map-test-hook.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

/** Serves the build as plain files, as a static host would, for every browser test. */
export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build:test` before the browser tests');
	requireMapTestHook('build', 'the browser tests');
	const server = await serveStatic({ root: 'build' });
	project.provide('baseUrl', server.url);
	return () => server.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
