/**
 * Words of a query or a document, the way the search index sees them: lower case, NFC, folded
 * (no diacritics) and stemmed with the folded Latvian stemmer (docs/latvian-stemmer.md).
 * Relative imports: the indexer that uses this runs from the seed CLI too.
 */
import { commaBelow, foldText } from '../../text/fold';
import { stemLatvian, stemLatvianFolded } from '../../text/latvian-stemmer';

export type Word = {
	/** As typed (NFC, case kept): for messages ("Sigulda"). */
	text: string;
	/** As typed, lower case, NFC ("kūpināta"). */
	raw: string;
	/** Without diacritics ("kupinata"). */
	folded: string;
	/** Index key: stemLatvianFolded (same for "kūpināta" and "kupinats"). */
	stem: string;
	/** Stem with diacritics kept (stemLatvian), to recognise the exact spelling. */
	rawStem: string;
	/** True when the typed word carries diacritics (ā, č, ё …). */
	hasDiacritics: boolean;
	/** Position in the text (UTF-16 offsets of the NFC text). */
	start: number;
	end: number;
};

const LETTERS = /\p{L}+/gu;

type WordForms = Pick<Word, 'raw' | 'folded' | 'stem' | 'rawStem' | 'hasDiacritics'>;
/**
 * Forms of a letter run, remembered: indexing a million documents stems the same few thousand
 * words over and over (the stemmers are the indexer's main cost). Bounded, so it never grows
 * without limit; the forms are pure functions of the text, so a cache can never be stale.
 */
const FORMS = new Map<string, WordForms | null>();
const FORMS_MAX = 50_000;

function formsOf(text: string): WordForms | null {
	let forms = FORMS.get(text);
	if (forms !== undefined) return forms;
	// ş ţ (cedilla) are typed for ș ț: one raw spelling, so the exact-spelling bonus holds for both
	const raw = commaBelow(text.toLocaleLowerCase('lv'));
	if ([...raw].length < 2) forms = null;
	else {
		const folded = foldText(raw);
		forms = { raw, folded, stem: stemLatvianFolded(folded), rawStem: stemLatvian(raw), hasDiacritics: folded !== raw };
	}
	if (FORMS.size >= FORMS_MAX) FORMS.clear();
	FORMS.set(text, forms);
	return forms;
}

/**
 * Letter runs of ≥ 2 letters, like tokenizeForSearch: digits and punctuation separate words.
 * Offsets refer to `text.normalize('NFC')`, which is what snippets highlight.
 */
export function splitWords(text: string): Word[] {
	const nfc = text.normalize('NFC');
	const words: Word[] = [];
	for (const m of nfc.matchAll(LETTERS)) {
		const forms = formsOf(m[0]);
		if (!forms) continue;
		words.push({ text: m[0], ...forms, start: m.index, end: m.index + m[0].length });
	}
	return words;
}

/** Distinct stems of a text, in order of appearance (the index keys of a document field). */
export function stemsOf(...texts: (string | null | undefined)[]): string[] {
	const seen = new Set<string>();
	for (const t of texts) if (t) for (const w of splitWords(t)) seen.add(w.stem);
	return [...seen];
}

/** Distinct folded words of a text. */
export function foldedWordsOf(...texts: (string | null | undefined)[]): string[] {
	const seen = new Set<string>();
	for (const t of texts) if (t) for (const w of splitWords(t)) seen.add(w.folded);
	return [...seen];
}

/**
 * Little words that carry no subject in the four UI languages ("medus ar riekstiem", "honey with
 * nuts"). They never filter; a document that has them only ranks a little higher.
 */
export const STOP_WORDS = new Set(
	[
		// lv
		'un', 'ar', 'no', 'uz', 'pie', 'par', 'bez', 'vai', 'ir', 'kas', 'pa', 'līdz', 'tuvumā', 'tuvu', 'netālu',
		// en
		'and', 'with', 'the', 'of', 'in', 'near', 'for', 'from', 'at', 'to', 'or',
		// ro
		'și', 'si', 'cu', 'de', 'din', 'la', 'în', 'lângă', 'pentru', 'sau',
		// ru
		'и', 'с', 'со', 'в', 'во', 'на', 'из', 'для', 'возле', 'около', 'или'
	].map(foldText)
);

/** Words that name a kind of territory ("Siguldas novads", "Ozolnieku pagastā", "Rīgas reģions"). */
export const TERRITORY_KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
	municipality: ['novads', 'novada', 'novadā', 'novadam', 'novadu', 'municipality', 'municipalitatea', 'край', 'края', 'крае'],
	parish: ['pagasts', 'pagasta', 'pagastā', 'pagastam', 'pagastu', 'parish', 'comuna', 'comunei', 'волость', 'волости'],
	town: ['pilsēta', 'pilsētas', 'pilsētā', 'pilsētu', 'town', 'city', 'orașul', 'город'],
	planning_region: ['reģions', 'reģiona', 'reģionā', 'reģionu', 'plānošanas', 'region', 'regiunea', 'регион']
};

const KIND_WORD_INDEX = new Map<string, string>();
for (const [kind, words] of Object.entries(TERRITORY_KIND_WORDS)) for (const w of words) KIND_WORD_INDEX.set(foldText(w), kind);

/** The territory kind a folded word names ("novada" → municipality), if any. */
export function territoryKindWord(folded: string): string | undefined {
	return KIND_WORD_INDEX.get(folded);
}
