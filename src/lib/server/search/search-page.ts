/** What /[lang]/meklet needs: the search (flow.ts) plus the page's lists. */
import { localized } from '../../domain/localized';
import type { CategoryNode } from '../../contracts/producers/types';
import type { ParamError, SearchResponse } from '../../contracts/search/types';
import type { Db } from '../db/types';
import { listCategories } from '../taxonomy/categories-repository';
import { categoryTree } from '../taxonomy/domain';
import { sortLatvian } from '../../text/collation';
import { search, type SearchOptions } from './flow';
import { parseSearchParams } from './params';
import { producerCounts } from './producer-counts';
import { searchReference } from './reference';

export type NearPlaceGroup = { label: string; options: { value: string; label: string }[] };

export type SearchPageData = {
	response: SearchResponse;
	/** URL parameters that were not valid and were left out (the page shows a notice). */
	errors: ParamError[];
	/** Municipalities by planning region, for "distance from" without JavaScript. */
	nearPlaces: NearPlaceGroup[];
	/** For the empty state. */
	popular: CategoryNode[];
};

/** /[lang]/meklet: parse (bad parameters are reported and ignored), search, and the page's lists. */
export async function searchPage(db: Db, url: URLSearchParams, locale: string, options: SearchOptions = {}): Promise<SearchPageData> {
	const parsed = parseSearchParams(url);
	const response = await search(db, parsed.params, locale, options);
	const ref = await searchReference(db);
	const all = [...ref.territories.values()];
	const nearPlaces = sortLatvian(
		all.filter((t) => t.kind === 'planning_region'),
		(t) => localized(t.name, locale)
	).map((r) => ({
		label: localized(r.name, locale),
		options: sortLatvian(
			all.filter((t) => t.kind === 'municipality' && t.parentId === r.id),
			(t) => localized(t.name, locale)
		).map((t) => ({ value: t.slug, label: localized(t.name, locale) }))
	}));
	return {
		response,
		errors: parsed.ok ? [] : parsed.errors,
		nearPlaces,
		popular: response.total === 0 ? await popularCategories(db, locale) : []
	};
}


/** The most-used leaf categories, for the empty search page. */
async function popularCategories(db: Db, locale: string, limit = 8): Promise<CategoryNode[]> {
	const [cats, counts] = await Promise.all([listCategories(db), producerCounts(db)]);
	return categoryTree(cats, counts.byCategory, locale)
		.flatMap((top) => top.children)
		.filter((c) => c.count > 0)
		.sort((a, b) => b.count - a.count)
		.slice(0, limit);
}
