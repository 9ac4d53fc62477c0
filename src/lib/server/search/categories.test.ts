import { describe, expect, it } from 'vitest';
import { buildCategoryIndex, categoriesForStem, namedCategories } from './categories';
import { splitWords } from './words';

const index = buildCategoryIndex([
	{ id: 1, slug: 'partika', parentId: null, name: { lv: 'Pārtika', en: 'Food' }, keywords: 'ediens food' },
	{ id: 10, slug: 'medus', parentId: 1, name: { lv: 'Medus', en: 'Honey', ro: 'Miere', ru: 'Мёд' }, keywords: 'medus medu honey miere мед меда' },
	{ id: 12, slug: 'piena-produkti-un-siers', parentId: 1, name: { lv: 'Piena produkti un siers', en: 'Dairy and cheese' }, keywords: 'siers kazas kazu goat' },
	{ id: 55, slug: 'sveces', parentId: 2, name: { lv: 'Sveces', en: 'Candles' }, keywords: 'bisu vaska svece' }
]);
const ids = (word: string) => categoriesForStem(index, splitWords(word)[0].stem);

describe('category words', () => {
	it('map the same category in all four languages, in any case form', () => {
		for (const w of ['medus', 'medu', 'Medum', 'honey', 'miere', 'мёд', 'МЕД', 'мёда']) expect(ids(w), w).toEqual([10]);
	});
	it('bring the children of a top-level category', () => {
		expect(ids('food')).toEqual([1, 10, 12]);
	});
	it('name the categories every text word agrees on', () => {
		expect(namedCategories(index, splitWords('kazas siers').map((w) => w.stem)).map((c) => c.slug)).toEqual(['piena-produkti-un-siers']);
		expect(namedCategories(index, splitWords('honey candles').map((w) => w.stem))).toEqual([]);
		expect(index.words.has('miere')).toBe(true);
	});
});
