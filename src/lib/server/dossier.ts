import { formatProblem } from '$lib/data/types';
import type { Dossier } from '$lib/data/types';
import { validateDossier } from '$lib/data/validate';
import { dossierIndex } from '$lib/data/views';

// The geodata is read at build time (prerendering), never shipped as code to the browser.
const raw = import.meta.glob('/geodata/**/*.{json,geojson,txt}', { query: '?raw', import: 'default', eager: true });

function load(): Dossier {
	const files = Object.fromEntries(Object.entries(raw).map(([path, text]) => [path.slice(1), text as string]));
	const { dossier, problems } = validateDossier(files);
	if (!dossier) throw new Error(`geodata is invalid:\n${problems.map(formatProblem).join('\n')}`);
	return dossier;
}

export const dossier = load();
export const index = dossierIndex(dossier);
