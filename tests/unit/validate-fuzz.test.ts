import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { validateDossier } from '$lib/data/validate';

const valid = readGeodataFiles('tests/fixtures/valid');
const jsonFiles = Object.keys(valid).filter((file) => !file.endsWith('.txt'));

/** Every path to a value inside a JSON value, as lists of keys. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))];
	if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
	return [at];
}

const hostileValue = fc.oneof(
	fc.constantFrom(null, undefined, true, '', ' ', '<script>x</script>', NaN, Infinity, -Infinity, 1e308, -1e308, 0, -1, 2 ** 53, [], {}, [[]], [[[]]]),
	fc.string(),
	fc.double(),
	fc.integer(),
	fc.array(fc.double(), { maxLength: 4 }),
	fc.jsonValue({ maxDepth: 3 })
);

/** A mutation of one file: drop, replace or duplicate something somewhere inside it. */
const mutation = fc.record({
	file: fc.constantFrom(...jsonFiles),
	pick: fc.nat(),
	kind: fc.constantFrom('drop', 'replace', 'wrap'),
	value: hostileValue
});

function mutate(files: Record<string, string>, { file, pick, kind, value }: { file: string; pick: number; kind: 'drop' | 'replace' | 'wrap'; value: unknown }) {
	const root = JSON.parse(files[file]!);
	const all = paths(root).filter((path) => path.length > 0);
	if (all.length === 0) return files;
	const path = all[pick % all.length]!;
	const parent = path.slice(0, -1).reduce((node: any, key) => node[key], root);
	const key = path.at(-1)!;
	if (kind === 'drop') {
		if (Array.isArray(parent)) parent.splice(key as number, 1);
		else delete parent[key];
	} else if (kind === 'replace') parent[key] = value;
	else parent[key] = [parent[key]];
	// JSON.stringify turns NaN and Infinity into null, as a file would hold them.
	return { ...files, [file]: JSON.stringify(root) };
}

describe('the validator under random damage', () => {
	test('answers every mutated dossier with named problems or a dossier, and never throws', () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
				const files = mutations.reduce(mutate, valid);
				const { dossier, problems } = validateDossier(files);
				if (!dossier) expect(problems.length).toBeGreaterThan(0);
				for (const problem of problems) {
					// A file of the dossier, not just any path under geodata/.
					expect(Object.keys(files)).toContain(problem.file);
					expect(typeof problem.path).toBe('string');
					expect(problem.message.length).toBeGreaterThan(0);
				}
			}),
			// FUZZ_RUNS=30000 for a longer hunt; the default keeps the suite fast.
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 1500) }
		);
	}, 600_000);

	test('answers raw garbage in any file with a problem naming that file', () => {
		fc.assert(
			fc.property(fc.constantFrom(...Object.keys(valid)), fc.string({ maxLength: 200 }), (file, garbage) => {
				const { dossier, problems } = validateDossier({ ...valid, [file]: garbage });
				expect(dossier, file).toBeUndefined();
				// A source's text is checked against its facts (which lines are captions) and its excerpts
				// (their quotes): the problem may name either, never another file.
				const text = file.match(/^geodata\/sources\/(.+)\.txt$/);
				const named = text ? [file, `geodata/sources/${text[1]}.json`, `geodata/excerpts/${text[1]}.json`] : [file];
				expect(problems.map((problem) => problem.file)).toEqual(expect.arrayContaining([expect.toBeOneOf(named)]));
			}),
			{ numRuns: 500 }
		);
	});
});
