/**
 * Latvian light stemmer for search ("ievarijums" finds "ievārījumi", "kazas siers" ~ "kazu siers").
 *
 * Algorithm: Kārlis Kreslins, "A stemming algorithm for Latvian", PhD thesis, Loughborough
 * University, 1996 — in the light form implemented by Apache Lucene's
 * `org.apache.lucene.analysis.lv.LatvianStemmer` (Apache License, Version 2.0). The affix table,
 * its order, the per-affix vowel counts and palatalization flags, the length/vowel checks and the
 * `unpalatalize` rules below follow that class one to one; this file is a TypeScript port of it
 * (Apache-2.0, http://www.apache.org/licenses/LICENSE-2.0). Like Lucene's version it handles only
 * noun and adjective inflection (case, number, gender, definiteness), removes one suffix at most
 * and does not touch verbs.
 *
 * `stemLatvianFolded` is our own adaptation for diacritic-free input (see its comment and
 * docs/latvian-stemmer.md). Index and query must use the same function: `tokenizeForSearch`.
 */
import { foldText } from './fold';

interface Affix {
	/** the suffix */
	readonly affix: string;
	/** vowel count of the suffix: the word must have more vowels than this */
	readonly vc: number;
	/** true if the palatalization rules fire after the suffix is removed */
	readonly palatalizes: boolean;
}

const affix = (suffix: string, vc: number, palatalizes: boolean): Affix => ({
	affix: suffix,
	vc,
	palatalizes
});

/** Lucene's table, in Lucene's order: the first suffix that matches and passes the checks wins. */
const AFFIXES: readonly Affix[] = [
	affix('ajiem', 3, false),
	affix('ajai', 3, false),
	affix('ajam', 2, false),
	affix('ajām', 2, false),
	affix('ajos', 2, false),
	affix('ajās', 2, false),
	affix('iem', 2, true),
	affix('ajā', 2, false),
	affix('ais', 2, false),
	affix('ai', 2, false),
	affix('ei', 2, false),
	affix('ām', 1, false),
	affix('am', 1, false),
	affix('ēm', 1, false),
	affix('īm', 1, false),
	affix('im', 1, false),
	affix('um', 1, false),
	affix('us', 1, true),
	affix('as', 1, false),
	affix('ās', 1, false),
	affix('es', 1, false),
	affix('os', 1, true),
	affix('ij', 1, false),
	affix('īs', 1, false),
	affix('ēs', 1, false),
	affix('is', 1, false),
	affix('ie', 1, false),
	affix('u', 1, true),
	affix('a', 1, true),
	affix('i', 1, true),
	affix('e', 1, false),
	affix('ā', 1, false),
	affix('ē', 1, false),
	affix('ī', 1, false),
	affix('ū', 1, false),
	affix('o', 1, false),
	affix('s', 0, false),
	affix('š', 0, false)
];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ā', 'ī', 'ē', 'ū']);

function numVowels(s: string): number {
	let n = 0;
	for (const ch of s) if (VOWELS.has(ch)) n++;
	return n;
}

/**
 * Lucene's loop: strip the first affix for which the word has more vowels than the affix and at
 * least 3 characters remain; then unpalatalize if the affix says so. One affix at most.
 */
function stripAffix(
	word: string,
	table: readonly Affix[],
	unpalatalize: (stem: string, removedFirst: string) => string
): string {
	const vowels = numVowels(word);
	for (const a of table) {
		if (vowels > a.vc && word.length >= a.affix.length + 3 && word.endsWith(a.affix)) {
			const stem = word.slice(0, word.length - a.affix.length);
			return a.palatalizes ? unpalatalize(stem, a.affix[0]) : stem;
		}
	}
	return word;
}

/** Labial consonant + epenthetic j (zivju → ziv, kurmji → kurm): the j goes. */
const LABIAL_J = ['pj', 'bj', 'mj', 'vj'];

/** Checked in this order after the labial rule, as in Lucene. */
const UNPALATALIZE_TWO: Readonly<Record<string, string>> = {
	šņ: 'sn', // krāšņu → krāsn
	žņ: 'zn', // zvaigžņu → zvaigzn
	šļ: 'sl', // kāpšļu → kāpsl
	žļ: 'zl', // zižļu → zizl
	ļņ: 'ln', // viļņu → viln
	ļļ: 'll' // leļļu → lell
};
// lāču → lāc, egļu → egl, sēņu → sēn
const UNPALATALIZE_ONE: Readonly<Record<string, string>> = { č: 'c', ļ: 'l', ņ: 'n' };

/**
 * Lucene's `unpalatalize`. The ambiguous s → š, t → š, d → ž, z → ž are deliberately not undone
 * (briedis / brieža stay apart). `removedFirst` is the first letter of the removed suffix: only a
 * removed -u… (genitive plural of declensions II, V, VI) allows kš → kst and ņņ → nn.
 */
function unpalatalize(s: string, removedFirst: string): string {
	if (removedFirst === 'u') {
		if (s.endsWith('kš')) return s.slice(0, -1) + 'st'; // rīkšu → rīkst
		if (s.endsWith('ņņ')) return s.slice(0, -2) + 'nn'; // piņņu → pinn
	}
	if (LABIAL_J.some((x) => s.endsWith(x))) return s.slice(0, -1);
	const lastTwo = UNPALATALIZE_TWO[s.slice(-2)];
	if (lastTwo !== undefined) return s.slice(0, -2) + lastTwo;
	const last = UNPALATALIZE_ONE[s.slice(-1)];
	if (last !== undefined) return s.slice(0, -1) + last;
	return s;
}

/**
 * Stems one Latvian word exactly as Lucene's LatvianStemmer does. Expects a lower-case word with
 * diacritics ("ievārījumiem" → "ievārījum", "sēņu" → "sēn"); it is NFC-normalized first. Words it
 * cannot stem safely (too short, no vowel left) come back unchanged.
 */
export function stemLatvian(word: string): string {
	return stripAffix(word.normalize('NFC'), AFFIXES, unpalatalize);
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Lucene's table with diacritics removed, order kept, duplicates dropped (the first occurrence keeps
 * its flags): ajām → ajam and ām → am merge with existing entries, ajās → ajas, ajā → aja, ēm → em
 * become new entries; ā/ē/ī/ū/š merge into a/e/i/u/s.
 */
const FOLDED_AFFIXES: readonly Affix[] = (() => {
	const seen = new Set<string>();
	const out: Affix[] = [];
	for (const a of AFFIXES) {
		const f = fold(a.affix);
		if (seen.has(f)) continue;
		seen.add(f);
		out.push({ ...a, affix: f });
	}
	return out;
})();

/**
 * Palatalization on folded input. Folding itself already maps č ļ ņ → c l n, so šņ žņ šļ žļ ļņ ļļ
 * ņņ č ļ ņ need no rule (sēņu → senu → sen = sēnes → senes → sen). What is left:
 * - labial + j (zivju → ziv): has no diacritic, kept;
 * - kš → kst after -u: dropped, because folded "ksu" is mostly a real ks (maksa / maksu would
 *   split into maks / makst); the cost is rīkste / rīkšu → rikst / riks (documented limit).
 */
function unpalatalizeFolded(s: string): string {
	return LABIAL_J.some((x) => s.endsWith(x)) ? s.slice(0, -1) : s;
}

/**
 * Stems diacritic-free (or any) input: the word is lower-cased and folded, then stemmed with the
 * folded table. Gives the same result for "ievārījumi" and "ievarijumi" ("ievarijum").
 *
 * One extra step beyond Lucene: folding merges the definite-adjective infix "aj" (zilajam) with
 * the noun stem "āj" (ražotājam → razotajam), so the folded table strips "ajam" from the noun while
 * "razotajs" keeps its "aj". To keep such nouns together, a stem ending in "aj" loses it when ≥ 3
 * characters with a vowel remain: ražotājs, ražotāja, ražotājam, ražotājiem → "razot"
 * (māja → "maj" is too short and is kept). Results therefore differ from fold(stemLatvian(word)):
 * always compare stems made by this function with each other.
 */
export function stemLatvianFolded(word: string): string {
	const stem = stripAffix(fold(word.toLowerCase()), FOLDED_AFFIXES, unpalatalizeFolded);
	if (stem.endsWith('aj')) {
		const shorter = stem.slice(0, -2);
		if (shorter.length >= 3 && numVowels(shorter) > 0) return shorter;
	}
	return stem;
}

/**
 * Search tokens: lower-cased, folded, split on everything that is not a letter (digits and
 * punctuation separate words and are dropped), 1-letter tokens dropped, each token stemmed with
 * `stemLatvianFolded`. Order and duplicates are kept.
 * "Kūpināts kazas siers, 200 g" → ["kupinat", "kaz", "sier"].
 */
export function tokenizeForSearch(text: string): string[] {
	const words = foldText(text).match(/\p{L}+/gu) ?? [];
	return words.filter((w) => w.length > 1).map(stemLatvianFolded);
}
