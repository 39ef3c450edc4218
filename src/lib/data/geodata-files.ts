import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { GeodataFiles } from './validate';

/** Reads every file under `<root>/geodata` (Node only), keyed as `geodata/<folder>/<name>`. */
export function readGeodataFiles(root: string): GeodataFiles {
	const files: GeodataFiles = {};
	const folder = join(root, 'geodata');
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name === 'README.md') continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
	}
	return files;
}
