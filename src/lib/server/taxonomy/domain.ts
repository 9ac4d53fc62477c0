import { localized } from '../../domain/localized';
import { foldText } from '../../text/fold';
import type { CategoryNode } from '../../contracts/producers/types';
import type { CategoryRow } from './categories-repository';

/**
 * Two levels (food / crafts and their children) in the curators' sort order. `counts` holds
 * published producers per category id; a top-level count is its own distinct count, not a sum,
 * because one producer often sits in several children.
 */
export function categoryTree(rows: readonly CategoryRow[], counts: ReadonlyMap<number, number>, locale: string): CategoryNode[] {
	const node = (r: CategoryRow): CategoryNode => ({
		slug: r.slug,
		name: localized(r.name, locale),
		icon: r.icon,
		count: counts.get(r.id) ?? 0,
		children: []
	});
	const tops = rows.filter((r) => r.parentId === null);
	return tops.map((top) => ({ ...node(top), children: rows.filter((r) => r.parentId === top.id).map(node) }));
}

/** The category with this slug and the ids a filter on it covers (a top-level one includes its children). */
export function categoryScope(
	rows: readonly CategoryRow[],
	slug: string
): { category: CategoryRow; ids: number[] } | undefined {
	const category = rows.find((r) => r.slug === slug);
	if (!category) return undefined;
	return { category, ids: [category.id, ...rows.filter((r) => r.parentId === category.id).map((r) => r.id)] };
}

/**
 * Category ids whose name (in any UI language) or keywords contain the folded query. Matching
 * happens in memory because names are jsonb in several languages and the table is tiny.
 */
export function matchCategoryIds(rows: readonly CategoryRow[], foldedQuery: string): number[] {
	if (!foldedQuery) return [];
	const hits = rows.filter((r) => {
		const haystack = foldText([...Object.values(r.name), r.keywords, r.slug.replace(/-/g, ' ')].join(' | '));
		return haystack.includes(foldedQuery);
	});
	const ids = new Set(hits.map((r) => r.id));
	for (const r of rows) if (r.parentId !== null && ids.has(r.parentId)) ids.add(r.id);
	return [...ids];
}

/** The category to show as a producer's "avatar": the first by curators' order, leaf before top. */
export function primaryCategory<T extends { parentId: number | null; sortOrder: number }>(cats: readonly T[]): T | undefined {
	return [...cats].sort((a, b) => Number(a.parentId === null) - Number(b.parentId === null) || a.sortOrder - b.sortOrder)[0];
}
