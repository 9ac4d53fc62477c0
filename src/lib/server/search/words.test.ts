import { describe, expect, it } from 'vitest';
import { splitWords } from './words';

const one = (text: string) => splitWords(text)[0];

/** Issue 19: the cedilla and comma-below spellings are one raw spelling, so the exact-spelling bonus holds for both. */
describe('raw spelling of Romanian words', () => {
	it('raw and rawStem are the comma-below spelling', () => {
		expect(one('Edineţ').raw).toBe('edineț');
		expect(one('Edineţ').rawStem).toBe(one('Edineț').rawStem);
		expect(one('Făleşti').raw).toBe(one('Fălești').raw);
	});
	it('a word typed without diacritics has none', () => {
		expect(one('Bălți').hasDiacritics).toBe(true);
		expect(one('balti').hasDiacritics).toBe(false);
		expect(one('balti').stem).toBe(one('Bălți').stem);
	});
});
