/**
 * `npm run check:geodata [-- <project-folder>]`: validates every file under geodata/ and lists
 * every problem as `file: json.path: message`, exiting 1 when there is any. Bad data never
 * produces a stack trace here: a stack trace means a bug in the validator.
 *
 * With `--coverage`, it also lists each use of a known place's name (name, native name or alias)
 * that no mention of that place covers, and ends with
 * `coverage: <linked>/<mentions> mentions linked, <n> unlinked`.
 */
import { readGeodataFiles } from '../src/lib/data/geodata-files';
import { nameUses } from '../src/lib/data/coverage';
import { formatProblem } from '../src/lib/data/types';
import { validateDossier } from '../src/lib/data/validate';

const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? process.cwd();
let files;
try {
	files = readGeodataFiles(root);
} catch (error) {
	console.error(`geodata: cannot read ${root}/geodata: ${(error as Error).message}`);
	process.exit(1);
}
const { dossier, problems } = validateDossier(files);
for (const problem of problems) console.error(formatProblem(problem));
if (!dossier) {
	console.error(`geodata: ${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
	process.exit(1);
}
console.log(
	`geodata: ok — ${dossier.sources.length} source(s), ${dossier.places.length} places, ` +
		`${dossier.excerpts.length} excerpts, ${dossier.layers.length} layers`
);

if (process.argv.includes('--coverage')) {
	const found = nameUses(dossier);
	const unlinked = found.filter((use) => !use.linked);
	for (const { source, line, place, term, start, end } of unlinked) {
		console.log(`geodata/sources/${source}.txt:${line}: names "${term}" (${place}) at ${start}…${end}, but no mention links it to that place`);
	}
	console.log(`coverage: ${found.length - unlinked.length}/${found.length} mentions linked, ${unlinked.length} unlinked`);
}
