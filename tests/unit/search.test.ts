import { describe, expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { search } from '$lib/data/search';
import { fold } from '$lib/text/fold';
import { validateDossier } from '$lib/data/validate';
import { searchEntries } from '$lib/data/views';

const entries = searchEntries(validateDossier(readGeodataFiles('.')).dossier!);
const found = (query: string) => search(entries, query, 50).map((hit) => (hit.kind === 'place' ? `place:${hit.id}` : `excerpt:${hit.id}`));

describe('Find', () => {
	test('finds a place by its English name, ignoring case', () => {
		expect(found('sednaya')[0]).toBe('place:sednaya-prison');
	});
	test('finds a place by its Arabic or Russian name', () => {
		expect(found('دمشق')).toContain('place:damascus');
		expect(found('Город Столиц')).toContain('place:city-of-capitals');
	});
	test('finds a place by an alias the text uses', () => {
		expect(found('naval facility in Tartus')).toContain('place:tartus-naval-facility');
	});
	test('finds excerpts by their words, places first', () => {
		const hits = found('Human Slaughterhouse');
		expect(hits).toEqual(['excerpt:line-26']);
		const mixed = found('Damascus');
		expect(mixed[0]).toBe('place:damascus');
		expect(mixed.filter((hit) => hit.startsWith('excerpt:'))).toEqual(['excerpt:line-26', 'excerpt:line-32', 'excerpt:line-33']);
	});
	test('shows a window of the excerpt around the match', () => {
		const [hit] = search(entries, 'Slaughterhouse');
		expect(hit!.shown).toMatch(/^….*Slaughterhouse.*…$/);
	});
	test('needs two characters, and folds accents', () => {
		expect(found('d')).toEqual([]);
		expect(fold('Saydnāya')).toBe('saydnaya');
	});
});
