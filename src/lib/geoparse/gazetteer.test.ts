import { expect, test } from 'vitest';
import { arabicAdjective, buildGazetteer } from './gazetteer';
import { nameKey } from './names';
import type { GazetteerEntry } from './types';

const entry = (e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'names' | 'kind'>): GazetteerEntry => ({
	name: e.names[0]!,
	country: 'SY',
	lat: 0,
	lon: 0,
	population: 0,
	...e
});

const homs = entry({ id: 'geonames:169577', names: ['Homs', 'Hims', 'حمص'], kind: 'populated place', featureCode: 'PPLA', population: 775404 });
const homsRegion = entry({ id: 'ne-admin1:SYR-139', names: ['Homs', 'Hims'], kind: 'region' });
const syria = entry({ id: 'ne-admin0:SYR', names: ['Syria', 'سوريا'], kind: 'country', adjectives: ['Syrian'] });
const usa = entry({ id: 'ne-admin0:USA', names: ['United States', 'US', 'U.S.'], kind: 'country', country: 'US' });
const gazetteer = buildGazetteer([homs, homsRegion, syria, usa, entry({ id: 'geonames:1', names: ['DAM', 'Dam2'], kind: 'populated place' })]);

test('every name of an entry finds it', () => {
	expect(gazetteer.lookup(nameKey('Hims'))).toEqual([homs, homsRegion]);
	expect(gazetteer.lookup(nameKey('حمص'))).toContain(homs);
});

test('a region named after its seat is found by the seat’s other names', () => {
	expect(gazetteer.lookup(nameKey('حمص'))).toContain(homsRegion);
});

test('a country’s abbreviation is found in capitals only; codes are no names', () => {
	expect(gazetteer.lookup('=US')).toEqual([usa]);
	expect(gazetteer.lookup('us')).toEqual([]);
	expect(gazetteer.lookup('dam')).toEqual([]);
	expect(gazetteer.lookup('dam2')).toEqual([]);
});

test('a country is found by its English and Arabic adjectives', () => {
	expect(gazetteer.adjective('syrian')).toEqual([syria]);
	expect(gazetteer.adjective(nameKey('سوري'))).toEqual([syria]);
	expect(arabicAdjective(nameKey('لبنان'))).toBe('لبناني');
	expect(arabicAdjective(nameKey('العراق'))).toBe('عراقي');
});
