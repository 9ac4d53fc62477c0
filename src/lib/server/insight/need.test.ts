import { describe, expect, it } from 'vitest';
import { buildCategoryIndex } from '../search';
import { categoryNeedKey, isCategoryNeed, needCategory, needOf } from './need';

describe('needOf: one need however it is inflected, spelt or ordered', () => {
	it('groups "kazas siers", "kazu sieru", "Kazas Siers" and "siers kazas" as one need', () => {
		const keys = ['kazas siers', 'kazu sieru', 'Kazas Siers', 'siers kazas', 'kazas  siers!'].map((q) => needOf([q]).key);
		expect(new Set(keys)).toEqual(new Set(['kaz sier']));
	});

	it('folds diacritics and drops little words, keeping what was typed as the label', () => {
		expect(needOf(['Žāvētas', 'avenes'])).toEqual({ key: 'aven zavet', label: 'zavetas avenes', stems: ['aven', 'zavet'] });
		expect(needOf(['medus', 'ar', 'riekstiem']).key).toBe(needOf(['medus riekstiem']).key);
	});

	it('finds nothing to group in an empty query or single letters', () => {
		expect(needOf([]).key).toBe('');
		expect(needOf(['a', '%', '1']).key).toBe('');
	});

	it('keys a category-only search apart from any words', () => {
		expect(categoryNeedKey('medus')).toBe('#medus');
		expect(isCategoryNeed('#medus')).toBe(true);
		expect(isCategoryNeed('med')).toBe(false);
	});
});

describe('needCategory: the search’s category words', () => {
	const index = buildCategoryIndex([
		{ id: 1, slug: 'partika', parentId: null, name: { lv: 'Pārtika' }, keywords: 'produkti' },
		{ id: 12, slug: 'piena-produkti-un-siers', parentId: 1, name: { lv: 'Piena produkti un siers' }, keywords: 'siers siera kazas goat cheese' },
		{ id: 10, slug: 'medus', parentId: 1, name: { lv: 'Medus' }, keywords: 'medus honey' },
		{ id: 50, slug: 'keramika', parentId: null, name: { lv: 'Keramika' }, keywords: 'trauki' }
	]);
	const cat = (q: string) => needCategory(index, needOf([q]).stems);

	it('maps words in any language to the category they name', () => {
		expect(cat('kazu sieru')).toBe(12);
		expect(cat('goat cheese')).toBe(12);
		expect(cat('honey')).toBe(10);
	});

	it('prefers the child when the words name it and its parent, and gives up on unrelated ones', () => {
		expect(cat('piena produkti')).toBe(12);
		expect(cat('medus trauki')).toBeNull();
		expect(cat('velosipēds')).toBeNull();
	});
});
