import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dynamicImportFiles } from '../../src/lib/server/client-manifest';

// The shape of Vite's client manifest: entries keyed by source path or by `_chunk` name.
const manifest = {
	'src/lib/map/MapView.svelte': { file: '_app/immutable/chunks/Map.js', isDynamicEntry: true, imports: ['_shared.js', '_maplibre.js'], css: ['x.css'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'_maplibre.js': { file: '_app/immutable/chunks/maplibre.js', imports: ['_shared.js'] },
	'src/routes/+page.svelte': { file: '_app/immutable/nodes/2.js', imports: ['_shared.js'] }
};
const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.json');
writeFileSync(file, JSON.stringify(manifest));

describe('dynamicImportFiles', () => {
	test('lists the chunk of a module and every chunk it imports, each once', () => {
		expect(dynamicImportFiles('src/lib/map/MapView.svelte', file)).toEqual([
			'_app/immutable/chunks/Map.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/maplibre.js'
		]);
	});

	test('is empty without a manifest (vite dev) or for a module the build does not have', () => {
		expect(dynamicImportFiles('src/lib/map/MapView.svelte', join(tmpdir(), 'no-such-manifest.json'))).toEqual([]);
		expect(dynamicImportFiles('src/lib/map/Gone.svelte', file)).toEqual([]);
	});
});
