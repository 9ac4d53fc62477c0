import { describe, expect, it } from 'vitest';
import { categoryScope, categoryTree, matchCategoryIds, primaryCategory } from './domain';
import type { CategoryRow } from './categories-repository';

const rows: CategoryRow[] = [
	{ id: 1, slug: 'partika', parentId: null, name: { lv: 'Pārtika', en: 'Food' }, keywords: '', icon: '🍞', sortOrder: 1 },
	{ id: 2, slug: 'amatnieciba', parentId: null, name: { lv: 'Amatniecība', en: 'Crafts' }, keywords: '', icon: '🧶', sortOrder: 2 },
	{ id: 11, slug: 'medus', parentId: 1, name: { lv: 'Medus', en: 'Honey', ru: 'Мёд' }, keywords: 'biškopība bites', icon: '🍯', sortOrder: 1 },
	{ id: 12, slug: 'ievarijumi', parentId: 1, name: { lv: 'Ievārījumi', en: 'Jams' }, keywords: 'džems', icon: '🫙', sortOrder: 2 },
	{ id: 21, slug: 'keramika', parentId: 2, name: { lv: 'Keramika', en: 'Ceramics' }, keywords: 'podnieks', icon: '🏺', sortOrder: 1 }
];

describe('categoryTree', () => {
	it('nests children under their top level with counts and localized names', () => {
		const tree = categoryTree(rows, new Map([[1, 5], [11, 3]]), 'en');
		expect(tree.map((t) => t.name)).toEqual(['Food', 'Crafts']);
		expect(tree[0].count).toBe(5);
		expect(tree[0].children.map((c) => [c.name, c.count])).toEqual([['Honey', 3], ['Jams', 0]]);
	});
});

describe('categoryScope', () => {
	it('includes the children of a top-level category', () => {
		expect(categoryScope(rows, 'partika')?.ids).toEqual([1, 11, 12]);
		expect(categoryScope(rows, 'medus')?.ids).toEqual([11]);
		expect(categoryScope(rows, 'nav-tada')).toBeUndefined();
	});
});

describe('matchCategoryIds', () => {
	it('matches folded names in any language and keywords', () => {
		expect(matchCategoryIds(rows, 'ievarijum')).toEqual([12]);
		expect(matchCategoryIds(rows, 'honey')).toEqual([11]);
		expect(matchCategoryIds(rows, 'мед')).toEqual([11]);
		expect(matchCategoryIds(rows, 'podnieks')).toEqual([21]);
	});
	it('expands a top-level match to its children', () => {
		expect(matchCategoryIds(rows, 'amatniec').sort()).toEqual([2, 21]);
		expect(matchCategoryIds(rows, '')).toEqual([]);
	});
});

describe('primaryCategory', () => {
	it('prefers a leaf category', () => {
		expect(primaryCategory([rows[0], rows[3], rows[2]])?.slug).toBe('medus');
	});
});
