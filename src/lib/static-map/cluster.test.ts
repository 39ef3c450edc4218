import type { Feature, Point } from 'geojson';
import { describe, expect, test } from 'vitest';
import { clusterHolds, clusterKeys, MIXED_COLOUR, opensByZoom } from '../map/cluster';
import { clusterIndex } from './cluster';

const anchor = (key: string, name: string, coordinates: [number, number], color: string, native?: string): Feature<Point> => ({
	type: 'Feature',
	properties: { key, name, color, role: 'anchor', layer: key, ...(native && { native }) },
	geometry: { type: 'Point', coordinates }
});
// The first dossier's anchors: Damascus and Sednaya Prison are 17 km apart, Khmeimim and Tartus 57 km.
const damascus = anchor('damascus', 'Damascus', [36.291944, 33.513056], '#cc79a7', 'دمشق');
const sednaya = anchor('sednaya-prison', 'Sednaya Prison', [36.328611, 33.665], '#d55e00', 'سجن صيدنايا');
const capitals = anchor('city-of-capitals', 'City of Capitals', [37.538889, 55.747222], '#e69f00');
const index = clusterIndex({ type: 'FeatureCollection', features: [damascus, sednaya, capitals] });
const world: [number, number, number, number] = [-180, -85, 180, 85];

describe('clusterIndex', () => {
	test('gathers places too close to tell apart at a zoom into one cluster that counts and names them', () => {
		const features = index.at(3.96, world).features;
		const clusters = features.filter((feature) => feature.properties?.cluster);
		expect(clusters).toHaveLength(1);
		const [cluster] = clusters;
		expect(cluster!.properties).toMatchObject({ point_count: 2, color: MIXED_COLOUR });
		expect(clusterKeys(cluster!.properties!.keys).sort()).toEqual(['damascus', 'sednaya-prison']);
		expect(String(cluster!.properties!.names).split(', ').sort()).toEqual(['Damascus', 'Sednaya Prison']);
		expect(String(cluster!.properties!.natives).split(' · ').sort()).toEqual(['دمشق', 'سجن صيدنايا']);
		// The place far from them stays its own dot, with its own properties.
		expect(features.filter((feature) => !feature.properties?.cluster).map((feature) => feature.properties?.key)).toEqual(['city-of-capitals']);
	});

	test('splits them where they lie far enough apart on screen: Damascus’s page opens at zoom 9.9', () => {
		expect(index.at(9.87, world).features.map((feature) => feature.properties?.key).sort()).toEqual(['city-of-capitals', 'damascus', 'sednaya-prison']);
	});

	test('clusters at the tile zoom below a fractional zoom, as MapLibre’s tiles do', () => {
		expect(index.at(6.99, world).features.length).toBe(index.at(6, world).features.length);
	});

	test('a cluster of places of one colour keeps that colour, and one place without a native name adds none', () => {
		const twin = anchor('twin', 'Twin', [36.29, 33.52], '#cc79a7');
		const [cluster] = clusterIndex({ type: 'FeatureCollection', features: [damascus, twin] }).at(3, world).features;
		expect(cluster!.properties).toMatchObject({ point_count: 2, color: '#cc79a7', natives: 'دمشق' });
	});
});

describe('opening a cluster', () => {
	const idOf = (features: Feature[]) => Number(features.find((feature) => feature.properties?.cluster)!.properties!.cluster_id);

	test('places apart open by zooming in, to the zoom where they split', () => {
		const zoom = index.expansionZoom(idOf(index.at(3, world).features));
		expect(opensByZoom(zoom)).toBe(true);
		expect(index.at(zoom, world).features.map((feature) => feature.properties?.key).sort()).toEqual(['city-of-capitals', 'damascus', 'sednaya-prison']);
	});

	test('places on one spot never split: they are listed instead', () => {
		const same = clusterIndex({ type: 'FeatureCollection', features: [damascus, anchor('old-city', 'Old City', [36.291944, 33.513056], '#cc79a7')] });
		expect(opensByZoom(same.expansionZoom(idOf(same.at(3, world).features)))).toBe(false);
	});
});

test('clusterHolds finds a key whole, not a part of another', () => {
	expect(clusterHolds(',damascus,,sednaya-prison,', 'damascus')).toBe(true);
	expect(clusterHolds(',damascus-airport,', 'damascus')).toBe(false);
	expect(clusterHolds(undefined, 'damascus')).toBe(false);
});
