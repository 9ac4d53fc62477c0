import { describe, expect, it } from 'vitest';
import { defaultParams, type TerritoryInput } from '../search';
import { municipalityNear, searchMunicipality } from './search-place';

const t = (id: number, kind: TerritoryInput['kind'], slug: string, parentId: number | null, lat: number | null, lng: number | null): TerritoryInput => ({
	id, kind, slug, name: { lv: slug }, subkind: null, parentId, successorId: null, lat, lng
});
const territories = new Map(
	[
		t(1, 'planning_region', 'vidzeme', null, null, null),
		t(10, 'municipality', 'siguldas-novads', 1, 57.15, 24.85),
		t(11, 'town', 'sigulda', 10, 57.153, 24.859),
		t(12, 'parish', 'mores-pagasts', 10, 57.07, 25.03),
		t(20, 'municipality', 'cesu-novads', 1, 57.31, 25.27)
	].map((x) => [x.id, x])
);

describe('searchMunicipality: a search’s municipality, never a point', () => {
	it('takes a place word first, then a single municipality filter, then "distance from"', () => {
		expect(searchMunicipality(territories, defaultParams(), [{ kind: 'town', slug: 'sigulda' }])).toBe(10);
		expect(searchMunicipality(territories, { ...defaultParams(), municipalities: ['cesu-novads'] }, [])).toBe(20);
		expect(searchMunicipality(territories, { ...defaultParams(), municipalities: ['cesu-novads', 'siguldas-novads'] }, [])).toBeNull();
		expect(searchMunicipality(territories, { ...defaultParams(), nearPlace: 'sigulda' }, [])).toBe(10);
	});

	it('rounds a near-me point to the municipality of the nearest centre', () => {
		expect(searchMunicipality(territories, { ...defaultParams(), near: { lat: 57.08, lng: 25.0 } }, [])).toBe(10); // by Mores pagasts
		expect(municipalityNear(territories, { lat: 57.3, lng: 25.25 })).toBe(20);
	});

	it('names nothing for a region, or for a point far from every centre', () => {
		expect(searchMunicipality(territories, defaultParams(), [{ kind: 'planning_region', slug: 'vidzeme' }])).toBeNull();
		expect(municipalityNear(territories, { lat: 52.52, lng: 13.4 })).toBeNull();
	});
});
