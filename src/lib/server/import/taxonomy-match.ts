/**
 * Categories and labels named in a cell (name in any UI language, or slug), and categories inferred
 * from product names with the search module's Latvian-aware category words ("liepu medus" → honey):
 * the same folding and stemming as search, so "medu", "Medus" and "мёд" agree.
 */
import type { LocalizedText } from '../../domain/types';
import { foldText } from '../../text/fold';
import { buildCategoryIndex, type CategoryIndex, type CategoryInput, splitWords, editDistance } from '../search';

export type LabelRow = { id: number; slug: string; name: LocalizedText; hasValue: boolean };

export type TaxonomyMatcher = {
	/** A leaf category by name or slug; a top-level one ("Pārtika") is too broad and returns null. */
	category(text: string): { id: number } | { suggestions: string[] };
	label(text: string): { id: number } | { suggestions: string[] };
	/** The leaf category a product name points at, or null. */
	categoryOfProduct(productName: string): number | null;
	categoryName(id: number): string;
	pvdLabelId: number | null;
};

const key = (s: string) => foldText(s).replace(/[^\p{L}\d]+/gu, ' ').trim();

function nameLookup<T extends { id: number; slug: string; name: LocalizedText }>(rows: readonly T[]) {
	const map = new Map<string, T>();
	for (const r of rows) {
		map.set(key(r.slug), r);
		map.set(key(r.slug.replace(/-/g, ' ')), r);
		for (const n of Object.values(r.name)) if (n) map.set(key(n), r);
	}
	return map;
}

function suggest(text: string, names: readonly string[]): string[] {
	const k = key(text);
	const max = Math.max(2, Math.floor(k.length / 3));
	return names
		.map((n) => ({ n, d: editDistance(k, key(n)) }))
		.filter((x) => x.d <= max)
		.sort((a, b) => a.d - b.d)
		.slice(0, 3)
		.map((x) => x.n);
}

export function buildTaxonomyMatcher(categories: readonly CategoryInput[], labels: readonly LabelRow[]): TaxonomyMatcher {
	const leaves = categories.filter((c) => c.parentId !== null);
	const leafIds = new Set(leaves.map((c) => c.id));
	const categoryByName = nameLookup(leaves);
	const labelByName = nameLookup(labels);
	const index: CategoryIndex = buildCategoryIndex(categories);
	const byId = new Map(categories.map((c) => [c.id, c]));
	const productMemo = new Map<string, number | null>(); // product names repeat across a file
	return {
		category(text) {
			const hit = categoryByName.get(key(text));
			return hit ? { id: hit.id } : { suggestions: suggest(text, leaves.map((c) => c.name.lv)) };
		},
		label(text) {
			const hit = labelByName.get(key(text));
			return hit ? { id: hit.id } : { suggestions: suggest(text, labels.map((l) => l.name.lv)) };
		},
		categoryOfProduct(productName) {
			const known = productMemo.get(productName);
			if (known !== undefined) return known;
			// a tie goes to the later word: Latvian puts the head noun last ("ābolu sula" is a drink)
			const score = new Map<number, { hits: number; last: number }>();
			splitWords(productName).forEach((w, position) => {
				for (const id of index.namedByStem.get(w.stem) ?? []) {
					if (!leafIds.has(id)) continue;
					const s = score.get(id) ?? { hits: 0, last: 0 };
					score.set(id, { hits: s.hits + 1, last: position });
				}
			});
			let best: number | null = null;
			for (const [id, s] of score) {
				const b = best === null ? null : score.get(best)!;
				if (!b || s.hits > b.hits || (s.hits === b.hits && s.last > b.last)) best = id;
			}
			productMemo.set(productName, best);
			return best;
		},
		categoryName: (id) => byId.get(id)?.name.lv ?? String(id),
		pvdLabelId: labels.find((l) => l.slug === 'pvd')?.id ?? null
	};
}
