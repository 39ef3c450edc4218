import { readGeodataFiles } from '$lib/data/geodata-files';
import { formatProblem } from '$lib/data/types';
import type { Dossier } from '$lib/data/types';
import { validateDossier } from '$lib/data/validate';
import { dossierIndex, type DossierIndex } from '$lib/data/views';
import { staticMapAlt } from './static-map';
import { dossierContext } from './context';

/**
 * The dossier the site is built from: `<DOSSIER_DIR>/geodata/` (default: this project's own).
 * Read from disk while prerendering; never shipped to the browser as code.
 */
function load(): Dossier {
	const root = process.env.DOSSIER_DIR ?? process.cwd();
	const { dossier, problems } = validateDossier(readGeodataFiles(root));
	if (!dossier) throw new Error(`${root}/geodata is invalid:\n${problems.map(formatProblem).join('\n')}`);
	return { ...dossier, context: dossierContext(dossier.places) };
}

export const dossier = load();
export const index: DossierIndex = { ...dossierIndex(dossier), mapAlt: staticMapAlt(dossier, { kind: 'overview' }) };
