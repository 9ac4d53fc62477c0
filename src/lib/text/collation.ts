/**
 * Latvian alphabetical order as a byte-comparable key, because PostgreSQL's and PGlite's collations
 * treat ā as a variant of a (stack notes). Sort SQL rows by this key with COLLATE "C".
 * Order: a ā b c č d e ē f g ģ h i ī j k ķ l ļ m n ņ o p r s š t u ū v z ž (q w x y kept in Latin order).
 */
const ALPHABET = 'aābcčdeēfgģhiījkķlļmnņopqrsštuūvwxyzž';
const RANK = new Map([...ALPHABET].map((ch, i) => [ch, i]));

export function latvianSortKey(input: string): string {
	let key = '';
	for (const ch of input.toLocaleLowerCase('lv').normalize('NFC')) {
		const rank = RANK.get(ch);
		if (rank !== undefined) key += String.fromCharCode(0x41 + rank); // 'A'..: letters after digits
		else if (/[0-9]/.test(ch)) key += ch;
		else if (/\s/.test(ch)) key += ' ';
		else if (/\p{L}/u.test(ch)) key += foldOther(ch);
		// punctuation and quotes ("Drošā māja") do not take part in ordering
	}
	return key.replace(/ +/g, ' ').trim();
}

function foldOther(ch: string): string {
	const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	const rank = RANK.get(base);
	return rank !== undefined ? String.fromCharCode(0x41 + rank) : '~' + ch;
}

/**
 * Legal-form prefixes people skip when looking a business up alphabetically:
 * Z/S "Kalnmuižas" is found under K, SIA "Dzērvenīte" under D.
 */
const LEGAL_FORM = /^(z\/s|zs|sia|ik|as|ps|biedrība|nodibinājums|zemnieku saimniecība|individuālais komersants)\s+/iu;

export function stripLegalForm(name: string): string {
	return name.trim().replace(LEGAL_FORM, '');
}

/** Sort key for a listing's name: Latvian order, legal-form prefix and quotes ignored. */
export function nameSortKey(name: string): string {
	return latvianSortKey(stripLegalForm(name));
}

const collator = new Intl.Collator('lv');

/** Sorts in memory with Latvian collation. */
export function sortLatvian<T>(items: readonly T[], by: (item: T) => string): T[] {
	return [...items].sort((a, b) => collator.compare(by(a), by(b)));
}

/**
 * Sort keys compared unit by unit, as PostgreSQL's `collate "C"` compares them (the keys are
 * what latvianSortKey makes): the order of every name-sorted list, in SQL and in memory.
 */
export function compareSortKeys(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
