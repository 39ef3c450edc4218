import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { mentions } from '$lib/data/coverage';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { validateDossier } from '$lib/data/validate';

describe('coverage of mentions', () => {
	test('every line of the article that names a place is linked to it', () => {
		const { dossier } = validateDossier(readGeodataFiles('.'));
		const found = mentions(dossier!);
		expect(found.filter((mention) => !mention.linked)).toEqual([]);
		expect(found.length).toBeGreaterThanOrEqual(12);
	});

	test('a line naming a place that no excerpt links to it is reported, with the words it uses', () => {
		const { dossier } = validateDossier(readGeodataFiles('tests/fixtures/valid'));
		dossier!.excerpts[0]!.places = ['old-fort'];
		expect(mentions(dossier!).filter((mention) => !mention.linked)).toEqual([
			{ source: 'report', line: 1, place: 'harbour-gate', term: 'Harbour Gate', linked: false }
		]);
	});

	test('check:geodata --coverage ends with the coverage line', () => {
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-geodata.ts', '--coverage'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^coverage: (\d+)\/\1 mentions linked, 0 unlinked$/);
	});
});
