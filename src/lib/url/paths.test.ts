import { expect, test } from 'vitest';
import { dataPath, embedPath, pathOutOfEmbed, placePath, previewImagePath, routePath, sourcePath, staticMapPath } from './paths';

test('route paths name the route and its id', () => {
	expect(placePath('damascus')).toBe('/place/damascus');
	expect(sourcePath('rferl-2024')).toBe('/source/rferl-2024');
	expect(routePath({ kind: 'overview' })).toBe('/');
	expect(routePath({ kind: 'source', id: 's' })).toBe('/source/s');
});

test('an id from a URL stays one path segment: slashes, dots and queries are encoded', () => {
	expect(placePath('../x?y#z')).toBe('/place/..%2Fx%3Fy%23z');
	expect(dataPath.place('a/b')).toBe('/data/place/a%2Fb.json');
	expect(dataPath.source('<s>')).toBe('/data/source/%3Cs%3E.json');
});

test('the static map and preview of each route', () => {
	expect(staticMapPath({ kind: 'overview' }, 'svg')).toBe('/static-map/index.svg');
	expect(staticMapPath({ kind: 'place', id: 'damascus' }, 'png')).toBe('/static-map/place/damascus.png');
	expect(previewImagePath({ kind: 'place', id: 'damascus' })).toBe('/og/place/damascus.png');
	expect(previewImagePath({ kind: 'source', id: 's' })).toBe('/og/index.png');
});

test('an embed path and back', () => {
	for (const path of ['/', '/place/damascus']) expect(pathOutOfEmbed(embedPath(path))).toBe(path);
	expect(pathOutOfEmbed('/embed')).toBe('/');
	expect(pathOutOfEmbed('/source/s')).toBe('/source/s');
});
