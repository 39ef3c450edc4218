import { describe, expect, test } from 'vitest';
import { nameKey } from '../../src/lib/geoparse/names';
import { loadGeoparseGazetteer, taggedNames } from '../../src/lib/server/geoparse-gazetteer';

describe('the geoparser gazetteer', () => {
	const gazetteer = loadGeoparseGazetteer();
	const ids = (name: string) => gazetteer.lookup(nameKey(name)).map((e) => e.id);

	test('finds a place by an alternate name as by its primary one', () => {
		expect(ids('Sednaya')).toContain('geonames:164717');
		expect(ids('Saydnaya')).toContain('geonames:164717');
		expect(ids('صيدنايا')).toContain('geonames:164717');
	});

	test('holds countries, regions, rivers, seas, airports and ports from Natural Earth', () => {
		expect(ids('Russia')).toContain('ne-admin0:RUS');
		expect(gazetteer.lookup(nameKey('Hims')).map((e) => e.kind)).toContain('region');
		expect(gazetteer.lookup(nameKey('Don')).map((e) => e.kind)).toContain('river');
		expect(gazetteer.lookup(nameKey('Mediterranean Sea')).map((e) => e.kind)).toEqual(['sea']);
		expect(gazetteer.lookup(nameKey('Domodedovo Airport')).map((e) => e.kind)).toContain('airport');
	});

	test('tags names with their language only where GeoNames does', () => {
		expect(taggedNames(524901)).toEqual({ ar: 'موسكو', en: 'Moscow', ru: 'Москва' });
		// Minsk: Belarusian and Russian are both Belarus's official languages, each under its own tag.
		expect(taggedNames(625144)).toMatchObject({ be: 'Мінск', ru: 'Минск' });
		expect(taggedNames(164717)).toEqual({});
	});
});
