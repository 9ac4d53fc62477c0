import { describe, expect, it } from 'vitest';
import { commaBelow, foldText } from '../../text/fold';
import { latvianSortKey } from '../../text/collation';
import { slugify } from '../../text/slug';
import { splitWords, stemsOf } from './words';

/** Issue 19: Romanian diacritics fold like Latvian ones, in both the comma-below and the cedilla forms. */
const one = (text: string) => {
	const [w] = splitWords(text);
	return w;
};

describe('Romanian folding', () => {
	it.each([
		['Bălți', 'balti'],
		['BĂLȚI', 'balti'],
		['Edineţ', 'edinet'], // cedilla ţ (U+0163)
		['Edineț', 'edinet'], // comma below ț (U+021B)
		['Fălești', 'falesti'],
		['Făleşti', 'falesti'],
		['Rîșcani', 'riscani'],
		['Târgul de miere', 'targul de miere'],
		['ÎNGHEȚATĂ', 'inghetata'],
		['Ştefan Vodă', 'stefan voda'],
		['Dondușeni', 'donduseni']
	])('%s → %s', (input, folded) => {
		expect(foldText(input)).toBe(folded);
		// decomposed input (s + U+0326, a + U+0306) folds the same
		expect(foldText(input.normalize('NFD'))).toBe(folded);
	});

	it('a word typed without diacritics is the same index key as the Romanian spelling', () => {
		expect(one('balti').stem).toBe(one('Bălți').stem);
		expect(one('edinet').stem).toBe(one('Edineţ').stem);
		expect(one('edinet').stem).toBe(one('Edineț').stem);
		expect(one('soroca').stem).toBe(one('Soroca').stem);
		expect(one('miere').stem).toBe(one('Miere').stem);
		expect(stemsOf('Prisaca din Bălți')).toEqual(stemsOf('prisaca din balti'));
		expect(stemsOf('brânză de oaie din Drochia')).toEqual(stemsOf('branza de oaie din drochia'));
	});

	it('the cedilla and comma-below spellings are one raw spelling (the exact-spelling bonus holds for both)', () => {
		expect(one('Edineţ').raw).toBe('edineț');
		expect(one('Edineţ').rawStem).toBe(one('Edineț').rawStem);
		expect(one('Făleşti').raw).toBe(one('Fălești').raw);
		expect(one('Bălți').hasDiacritics).toBe(true);
		expect(one('balti').hasDiacritics).toBe(false);
		expect(commaBelow('Ştefan Vodă, Edineţ')).toBe('Ștefan Vodă, Edineț');
	});

	it('Latvian folding is unchanged', () => {
		expect(foldText('Mājas Ievārījumi')).toBe('majas ievarijumi');
		expect(one('kūpināta').stem).toBe(one('kupinata').stem);
		expect(commaBelow('Šķēde')).toBe('Šķēde');
	});

	it('Moldovan names sort beside their base letters and make plain slugs', () => {
		expect(latvianSortKey('Bălți')).toBe(latvianSortKey('Balti'));
		expect(latvianSortKey('Edineţ')).toBe(latvianSortKey('Edineț'));
		expect(slugify('Prisaca „Albinuța” din Bălți')).toBe('prisaca-albinuta-din-balti');
		expect(slugify('Făleşti')).toBe('falesti');
	});

	it('Russian (Cyrillic) words keep their own letters: ё folds to е, as for Latvian Russian texts', () => {
		expect(foldText('Мёд')).toBe('мед');
		expect(one('Сорока').folded).toBe('сорока');
	});
});
