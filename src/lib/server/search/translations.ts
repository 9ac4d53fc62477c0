/**
 * Product words in English, Romanian and Russian → the Latvian stems the index has (issue 12,
 * item 6): "honey" finds "Liepu medus", "копчёный сыр" finds "Kūpināts siers". Built once from
 * vocabulary.ts. A foreign word is reduced by a light normalisation of its language (plural and
 * case endings), and so is every form of the vocabulary, so "cheeses", "сыра", "brânza" meet
 * "cheese", "сыр", "brânză". Two-word forms ("sea buckthorn", "сливочное масло") are looked up
 * as a pair of adjacent query words.
 */
import { foldText } from '../../text/fold';
import { stemLatvianFolded } from '../../text/latvian-stemmer';
import { VOCABULARY } from './vocabulary';
import { STOP_WORDS } from './words';

export type ForeignLang = 'en' | 'ro' | 'ru';
const LANGS: readonly ForeignLang[] = ['en', 'ro', 'ru'];

const RO_ENDINGS = ['urile', 'ului', 'uri', 'ele', 'lor', 'ul', 'le', 'a', 'e', 'i', 'u'];
const RU_ENDINGS = ['ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ых', 'их', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ыи', 'ии', 'ои', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'еи', 'ы', 'и', 'а', 'я', 'у', 'ю', 'о', 'е', 'ь'];
const MIN = 3;

function stripOnce(w: string, endings: readonly string[]): string {
	for (const e of endings) if (w.endsWith(e) && w.length - e.length >= MIN) return w.slice(0, -e.length);
	return w;
}

/** A folded word's key in one language: what its usual inflections have in common. */
export function normalizeForeign(folded: string, lang: ForeignLang): string {
	const w = folded;
	if (lang === 'en') {
		if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
		if (w.endsWith('oes') || /(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
		if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
		return w;
	}
	if (lang === 'ro') return stripOnce(stripOnce(w, RO_ENDINGS), RO_ENDINGS);
	const once = stripOnce(w, RU_ENDINGS);
	return once.endsWith('ь') && once.length > MIN ? once.slice(0, -1) : once;
}

/** Words of a form, folded, without the little words ("fructe de pădure" → fructe, padure). */
const formWords = (form: string) => (foldText(form).match(/\p{L}+/gu) ?? []).filter((w) => !STOP_WORDS.has(w));

export type Concept = { lv: string[]; stems: string[]; foreign: Record<ForeignLang, string[]> };

type Index = {
	concepts: Concept[];
	/** lang → normalized key (one word, or "w1 w2") → concept numbers */
	keys: Record<ForeignLang, Map<string, number[]>>;
};

function parse(text: string): Concept[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [lv, en, ro, ru] = line.split('|').map((part) => part.split(',').map((f) => f.trim()).filter(Boolean));
			const stems = [...new Set(lv.flatMap(formWords).map(stemLatvianFolded))];
			return { lv, stems, foreign: { en: en ?? [], ro: ro ?? [], ru: ru ?? [] } };
		});
}

const keyOf = (words: readonly string[], lang: ForeignLang) => words.map((w) => normalizeForeign(w, lang)).join(' ');

function build(text: string): Index {
	const concepts = parse(text);
	const keys = { en: new Map<string, number[]>(), ro: new Map<string, number[]>(), ru: new Map<string, number[]>() };
	concepts.forEach((c, i) => {
		for (const lang of LANGS) {
			for (const form of c.foreign[lang]) {
				const words = formWords(form);
				if (words.length === 0 || words.length > 2) continue;
				const key = keyOf(words, lang);
				const list = keys[lang].get(key) ?? [];
				if (!list.includes(i)) list.push(i);
				keys[lang].set(key, list);
			}
		}
	});
	return { concepts, keys };
}

let index: Index | null = null;
function vocabulary(): Index {
	return (index ??= build(VOCABULARY));
}

/** The parsed concepts (for tests). */
export function concepts(): readonly Concept[] {
	return vocabulary().concepts;
}

/** The concepts a folded word (or a pair of them) names in any of the three languages. */
export function conceptsOf(words: readonly string[]): Concept[] {
	const v = vocabulary();
	const found = new Set<number>();
	for (const lang of LANGS) for (const i of v.keys[lang].get(keyOf(words, lang)) ?? []) found.add(i);
	return [...found].map((i) => v.concepts[i]);
}

/** Latvian stems for one folded foreign word (or a two-word phrase): empty when it names no concept. */
export function latvianStemsFor(words: readonly string[]): string[] {
	return [...new Set(conceptsOf(words).flatMap((c) => c.stems))];
}
