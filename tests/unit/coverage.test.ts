import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { nameUses, namesOnLine } from '$lib/data/coverage';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { validateDossier } from '$lib/data/validate';

describe('coverage of the names in the text', () => {
	test('every name of a place in the article is covered by a mention of it', () => {
		const { dossier } = validateDossier(readGeodataFiles('.'));
		const found = nameUses(dossier!);
		expect(found.filter((use) => !use.linked)).toEqual([]);
		expect(found.length).toBeGreaterThanOrEqual(12);
	});

	test('a name that no mention covers is reported, with its words and offsets', () => {
		const { dossier } = validateDossier(readGeodataFiles('tests/fixtures/valid'));
		dossier!.excerpts[0]!.mentions.pop();
		expect(nameUses(dossier!).filter((use) => !use.linked)).toEqual([
			{ source: 'report', line: 1, place: 'harbour-gate', term: 'Harbour Gate', start: 53, end: 65, linked: false }
		]);
	});

	test('names are whole words, any case, and of overlapping names the longest counts once', () => {
		const place = { name: 'Sednaya Prison', aliases: ['Sednaya', 'prison'], names: {} };
		expect(namesOnLine('the sednaya prison; Sednayan; Prison.', place)).toEqual([
			{ start: 4, end: 18 },
			{ start: 30, end: 36 }
		]);
	});

	test('check:geodata --coverage ends with the coverage line', () => {
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-geodata.ts', '--coverage'], { encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^coverage: (\d+)\/\1 mentions linked, 0 unlinked$/);
	});
});
