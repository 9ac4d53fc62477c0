/**
 * A saved search (an alert, issue 12): which listings match it at all — the search page's own
 * matching (planQuery, the engine), so an alert says what the search it was saved from shows —
 * and whether a new product of a matching producer is one the search is about.
 */
import type { LocalizedText } from '$lib/domain/types';
import type { ResultType, SearchParams } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { RESULT_ORDER } from './document-kinds';
import { evaluate } from './engine';
import { freshIndex } from './freshness';
import { openMinute } from './hours';
import { baseRankQuery, planQuery, resolveFilters } from './query-plan';
import { searchReference } from './reference';
import { splitWords } from './words';

export type SavedSearchMatch = {
	producerIds: ReadonlySet<string>;
	salesPointIds: ReadonlySet<string>;
	/** A product of a matching producer: does the search's text or category filter name it? */
	/** An uncategorised product (an import kept it without one) matches by its name only. */
	productMatches: (p: { name: LocalizedText; categoryId: number | null }) => boolean;
};

const NOTHING: SavedSearchMatch = { producerIds: new Set(), salesPointIds: new Set(), productMatches: () => false };

export async function savedSearchMatches(db: Db, params: SearchParams, locale: string, now = new Date()): Promise<SavedSearchMatch> {
	const ix = await freshIndex(db);
	const ref = await searchReference(db);
	const { filter, origin, ignored } = resolveFilters(ref, params, locale);
	// a filter that names nothing any more (a renamed category) must not widen the alert to everything
	if (ignored.length) return NOTHING;
	const plan = planQuery(ix, ref, params, locale);
	if (plan.textWords.some((w) => w.variants.length === 0 && w.categoryIds.length === 0)) return NOTHING;
	const ranked = evaluate(ix, {
		...baseRankQuery(plan, { filter, origin, radiusKm: params.radiusKm, minute: openMinute(now), sort: 'relevance' }),
		single: null,
		// every registered type, none shown: an alert only needs the matching ids
		groupSize: Object.fromEntries(RESULT_ORDER.map((type) => [type, 0])) as Record<ResultType, number>,
		radiusSteps: [],
		collect: true
	});
	const ids = (type: string) => new Set(ranked.all.filter((x) => x.type === type).map((x) => x.id));

	const wordStems = plan.textWords.map((w) => new Set(w.variants.filter((v) => !v.prefix).map((v) => v.stem)));
	const wordCategories = plan.textWords.map((w) => new Set(w.categoryIds));
	const filterCategories = filter.categoryIds ? new Set(filter.categoryIds) : null;
	return {
		producerIds: ids('producer'),
		salesPointIds: ids('sales_point'),
		productMatches: (p) => {
			if (filterCategories && (p.categoryId === null || !filterCategories.has(p.categoryId))) return false;
			if (plan.textWords.length === 0) return true;
			const stems = new Set(Object.values(p.name).flatMap((text) => (text ? splitWords(text).map((w) => w.stem) : [])));
			// one word of the search in its name, or its category named by one
			return wordStems.some((set, i) => [...set].some((s) => stems.has(s)) || (p.categoryId !== null && wordCategories[i].has(p.categoryId)));
		}
	};
}

/** Filter values of a saved search that name nothing (checked before subscribing). */
export async function unknownSavedSearchFilters(db: Db, params: SearchParams, locale: string): Promise<{ param: string; value: string }[]> {
	return resolveFilters(await searchReference(db), params, locale).ignored;
}
