/**
 * What a search was looking for, as one "need": its words folded and stemmed (src/lib/text), stop
 * words left out, stems sorted — so "kazas siers", "kazu sieru" and "siers kazas" are one need,
 * "kaz sier". Pure; relative imports because the demo seed (a CLI) uses it too.
 */
import { foldText } from '../../text/fold';
import { stemLatvianFolded } from '../../text/latvian-stemmer';
import { STOP_WORDS, namedCategories, type CategoryIndex } from '../search';

export type Need = {
	/** Sorted distinct stems: the grouping key ("kaz sier"). Empty: nothing to group by. */
	key: string;
	/** The words as typed, folded, in their order ("kazu sieru"): what staff read. */
	label: string;
	stems: string[];
};

const LETTERS = /\p{L}+/gu;

export function needOf(words: readonly string[]): Need {
	const folded = words
		.flatMap((w) => foldText(w).match(LETTERS) ?? [])
		.filter((w) => w.length > 1 && !STOP_WORDS.has(w));
	const stems = [...new Set(folded.map(stemLatvianFolded))].sort();
	return { key: stems.join(' '), label: folded.join(' '), stems };
}

/** A need from a category filter alone (no words): keyed by the category so it groups with nothing else. */
export const categoryNeedKey = (categorySlug: string) => `#${categorySlug}`;
export const isCategoryNeed = (key: string) => key.startsWith('#');

/**
 * The category a need names, through the search's own category words (names and keywords in four
 * languages): the most specific one when the words name a category and its parent; none when
 * they name unrelated ones.
 */
export function needCategory(index: CategoryIndex, stems: readonly string[]): number | null {
	const named = namedCategories(index, stems);
	if (named.length <= 1) return named[0]?.id ?? null;
	// a child beats its parent; two unrelated categories name nothing in particular
	const leaves = named.filter((c) => !named.some((other) => other.parentId === c.id));
	return leaves.length === 1 ? leaves[0].id : null;
}
