import { existsSync, readFileSync } from 'node:fs';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** Where Vite's client build writes its manifest (SvelteKit's default `outDir`). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/**
 * The files the browser needs to run a module that is imported dynamically: its chunk and every
 * chunk it imports, as Vite's client manifest lists them (paths relative to the site's root). The
 * client build writes the manifest before pages are prerendered; under `vite dev` there is none,
 * and the list is empty.
 */
export function dynamicImportFiles(source: string, manifestPath = MANIFEST): string[] {
	if (!existsSync(manifestPath)) return [];
	const manifest: Record<string, ManifestChunk> = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const files = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || files.has(chunk.file)) return;
		files.add(chunk.file);
		chunk.imports?.forEach(visit);
	};
	visit(source);
	return [...files];
}
