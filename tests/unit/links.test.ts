import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readGeodataFiles } from '$lib/data/geodata-files';
import { dossierLinks, excerptKey, linkDossier, mentionsIn } from '$lib/data/links';
import { validateDossier } from '$lib/data/validate';

const { dossier } = validateDossier(readGeodataFiles(process.cwd()));
const links = dossierLinks(dossier!);

// The raw files, read with JSON.parse: an oracle independent of the validator and of links.ts.
const geodata = join(process.cwd(), 'geodata');
const rawExcerpts = readdirSync(join(geodata, 'excerpts')).flatMap((name) =>
	(JSON.parse(readFileSync(join(geodata, 'excerpts', name), 'utf8')) as { id: string; places: string[]; start: number }[]).map((excerpt) => ({
		...excerpt,
		source: name.replace(/\.json$/, '')
	}))
);
const rawLayers = JSON.parse(readFileSync(join(geodata, 'layers.json'), 'utf8')).layers as { id: string; kind: string; excerpts?: string[] }[];

test('an excerpt is keyed by its source and its id', () => {
	expect(excerptKey({ source: 'russia-confirms-assad-moscow', id: 'line-8' })).toBe('russia-confirms-assad-moscow/line-8');
});

test('each place has exactly the excerpts that list it, in source order', () => {
	for (const place of dossier!.places) {
		const expected = rawExcerpts.filter((excerpt) => excerpt.places.includes(place.id)).sort((a, b) => a.start - b.start);
		expect(links.excerptsOfPlace(place.id).map(excerptKey), place.id).toEqual(expected.map(excerptKey));
	}
	expect(links.excerptsOfPlace('atlantis')).toEqual([]);
});

test('an arc has the excerpts its layer lists, in that order, and each of them knows the arc', () => {
	for (const layer of rawLayers.filter((layer) => layer.kind === 'arc')) {
		expect(links.excerptsOfArc(layer.id).map(excerptKey)).toEqual(layer.excerpts);
		for (const key of layer.excerpts!) expect(links.arcsOfExcerpt(links.excerpt(key)!)).toContain(layer.id);
	}
});

test('pointing at an excerpt lights its places, or, when it names none, the arcs that report it', () => {
	const parts = {
		places: [],
		excerpts: [
			{ id: 'a', source: 's', places: ['p'], start: 0, end: 1, quote: 'x', kind: 'paragraph' as const, line: 1, mentions: [{ places: ['p'], start: 0, end: 1, text: 'x' }] },
			{ id: 'b', source: 's', places: [], start: 2, end: 3, quote: 'y', kind: 'paragraph' as const, line: 2, mentions: [] }
		],
		layers: [{ id: 'journey', name: 'Journey', kind: 'arc' as const, from: 'p', to: { name: 'T', coordinates: [0, 0] as [number, number], origin: 'o' }, excerpts: ['s/a', 's/b'], color: '#000000' }]
	};
	const linked = linkDossier(parts);
	expect(linked.targetsOfExcerpt(parts.excerpts[0]!)).toEqual(['p']);
	expect(linked.targetsOfExcerpt(parts.excerpts[1]!)).toEqual(['journey']);
});

test('a source lists its excerpts in text order, and the lookups find what the dossier has', () => {
	for (const source of dossier!.sources) {
		const starts = links.excerptsOfSource(source.id).map((excerpt) => excerpt.start);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(starts.length).toBe(rawExcerpts.filter((excerpt) => excerpt.source === source.id).length);
		expect(links.source(source.id)).toBe(source);
	}
	expect(links.place('damascus')?.name).toBe('Damascus');
	expect(links.layerOfPlace('damascus')?.id).toBe('damascus');
	expect(links.excerpt('russia-confirms-assad-moscow/no-such-line')).toBeUndefined();
});

test('a place has the words that name it, in source order, and an excerpt the mentions of each place', () => {
	const line8 = links.excerpt('russia-confirms-assad-moscow/line-8')!;
	expect(mentionsIn(line8, 'tartus-naval-facility').map((mention) => mention.text)).toEqual(['naval facility in Tartus']);
	expect(mentionsIn(line8).map((mention) => mention.text)).toEqual(['air base in Latakia', 'naval facility in Tartus']);
	for (const place of dossier!.places) {
		const expected = rawExcerpts
			.flatMap((excerpt) => ((excerpt as { mentions?: { places: string[]; start: number }[] }).mentions ?? []).map((mention) => ({ excerpt, mention })))
			.filter(({ mention }) => mention.places.includes(place.id))
			.map(({ excerpt, mention }) => `${excerpt.id}@${mention.start}`);
		const found = links.mentionsOfPlace(place.id).map(({ excerpt, mention }) => `${excerpt.id}@${mention.start}`);
		expect(found, place.id).toEqual(expected);
		expect(found.length, place.id).toBeGreaterThanOrEqual(links.excerptsOfPlace(place.id).length);
	}
	expect(links.mentionsOfPlace('atlantis')).toEqual([]);
});
