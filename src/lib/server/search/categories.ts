/**
 * Category words in the four UI languages: "medus", "honey", "мёд", "miere" all name the honey
 * category. Built from each category's names and its keywords column (migration 0002), folded and
 * stemmed like everything else, so "medu" and "мёд" (folded "мед") find it too.
 */
import type { LocalizedText } from '../../domain/types';
import { splitWords } from './words';

export type CategoryInput = { id: number; slug: string; parentId: number | null; name: LocalizedText; keywords: string };

export type CategoryIndex = {
	/** stem → category ids to match (a top-level category brings its children) */
	byStem: ReadonlyMap<string, readonly number[]>;
	/** stem → the categories whose own names or keywords have it */
	namedByStem: ReadonlyMap<string, readonly number[]>;
	byId: ReadonlyMap<number, CategoryInput>;
	/** Folded words of all names and keywords: catalogue words that are never place names. */
	words: ReadonlySet<string>;
};

export function buildCategoryIndex(rows: readonly CategoryInput[]): CategoryIndex {
	const childrenOf = new Map<number, number[]>();
	for (const r of rows) if (r.parentId !== null) childrenOf.set(r.parentId, [...(childrenOf.get(r.parentId) ?? []), r.id]);
	const byStem = new Map<string, Set<number>>();
	const named = new Map<string, Set<number>>();
	const words = new Set<string>();
	const add = (map: Map<string, Set<number>>, key: string, ids: number[]) => {
		const set = map.get(key) ?? new Set<number>();
		for (const id of ids) set.add(id);
		map.set(key, set);
	};
	for (const r of rows) {
		for (const w of splitWords([...Object.values(r.name), r.keywords].join(' \n '))) {
			words.add(w.folded);
			add(byStem, w.stem, [r.id, ...(childrenOf.get(r.id) ?? [])]);
			add(named, w.stem, [r.id]);
		}
	}
	const sorted = (m: Map<string, Set<number>>) => new Map([...m].map(([k, v]) => [k, [...v].sort((a, b) => a - b)] as const));
	return { byStem: sorted(byStem), namedByStem: sorted(named), byId: new Map(rows.map((r) => [r.id, r])), words };
}

/** Category ids a query word matches (with the children of a top-level category). */
export function categoriesForStem(index: CategoryIndex, stem: string): readonly number[] {
	return index.byStem.get(stem) ?? [];
}

/**
 * The categories a query names, to offer as a link ("honey" → Medus): those named by every text
 * word that names a category at all; none when the words disagree.
 */
export function namedCategories(index: CategoryIndex, stems: readonly string[]): CategoryInput[] {
	const lists = stems.map((s) => index.namedByStem.get(s) ?? []).filter((ids) => ids.length > 0);
	if (lists.length === 0) return [];
	let common = [...lists[0]];
	for (const ids of lists.slice(1)) common = common.filter((id) => ids.includes(id));
	return common.map((id) => index.byId.get(id)).filter((c): c is CategoryInput => !!c);
}
