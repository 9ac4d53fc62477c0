import { describe, expect, it } from 'vitest';
import { foldText } from '$lib/text/fold';
import { stemLatvianFolded } from '$lib/text/latvian-stemmer';
import { concepts, conceptsOf, latvianStemsFor, normalizeForeign } from './translations';

const stem = (lv: string) => stemLatvianFolded(foldText(lv));
const stemsFor = (...words: string[]) => latvianStemsFor(words.map(foldText));

describe('product words in English, Romanian and Russian → Latvian stems', () => {
	it('finds the Latvian word for the common forms of a foreign word', () => {
		for (const w of ['honey', 'мёд', 'меда', 'мед', 'miere', 'mierea']) expect(stemsFor(w), w).toContain(stem('medus'));
		for (const w of ['cheese', 'cheeses', 'сыр', 'сыра', 'сыры', 'brânză', 'branza', 'brânzeturi']) expect(stemsFor(w), w).toContain(stem('siers'));
		for (const w of ['smoked', 'копчёный', 'копченая', 'копчёные', 'afumat', 'afumată']) expect(stemsFor(w), w).toContain(stem('kūpināts'));
		for (const w of ['strawberries', 'strawberry', 'клубника', 'клубники', 'căpșuni']) expect(stemsFor(w), w).toContain(stem('zemenes'));
		for (const w of ['jam', 'варенье', 'варенья', 'dulceață']) expect(stemsFor(w), w).toContain(stem('ievārījums'));
		for (const w of ['potatoes', 'картофель', 'cartofi']) expect(stemsFor(w), w).toContain(stem('kartupeļi'));
		for (const w of ['bread', 'хлеб', 'хлеба', 'pâine', 'painea']) expect(stemsFor(w), w).toContain(stem('rupjmaize'));
	});

	it('reads two-word forms as one', () => {
		expect(stemsFor('sea', 'buckthorn')).toContain(stem('smiltsērkšķi'));
		expect(stemsFor('сливочное', 'масло')).toEqual([stem('sviests')]);
		expect(stemsFor('cottage', 'cheese')).toEqual([stem('biezpiens')]);
		expect(stemsFor('fructe', 'pădure')).toContain(stem('ogas'));
	});

	it('one word may mean several things (масло: butter and oil)', () => {
		expect(stemsFor('масло')).toEqual(expect.arrayContaining([stem('sviests'), stem('eļļa')]));
	});

	it('leaves Latvian words and unknown words alone', () => {
		for (const w of ['medus', 'siers', 'maize', 'kūpināts', 'ievārījums', 'sigulda', 'xyzzy']) expect(stemsFor(w), w).toEqual([]);
	});

	it('never translates a Latvian vocabulary word into another concept', () => {
		const all = concepts();
		for (const c of all) {
			for (const lv of c.lv) {
				const others = conceptsOf([foldText(lv)]).filter((x) => x !== c && !x.stems.some((s) => c.stems.includes(s)));
				expect(others.map((x) => x.lv[0]), `${lv} (${c.lv[0]})`).toEqual([]);
			}
		}
	});

	it('has the common vocabulary: at least 150 concepts, each in all four languages', () => {
		const all = concepts();
		expect(all.length).toBeGreaterThanOrEqual(150);
		for (const c of all) {
			expect(c.stems.length, c.lv.join()).toBeGreaterThan(0);
			for (const lang of ['en', 'ro', 'ru'] as const) expect(c.foreign[lang].length, `${c.lv[0]} ${lang}`).toBeGreaterThan(0);
		}
	});

	it('normalizes inflections of each language', () => {
		expect(normalizeForeign('cherries', 'en')).toBe('cherry');
		expect(normalizeForeign('tomatoes', 'en')).toBe('tomato');
		expect(normalizeForeign('mierea', 'ro')).toBe(normalizeForeign('miere', 'ro'));
		expect(normalizeForeign(foldText('варенья'), 'ru')).toBe(normalizeForeign(foldText('варенье'), 'ru'));
		expect(normalizeForeign('мед', 'ru')).toBe('мед');
	});
});
