/** What /[lang]/meklet needs: the search (flow.ts) plus the page's lists. */
import { localized } from '$lib/domain/localized';
import type { CategoryNode } from '$lib/contracts/producers/types';
import type { ParamError, SearchResponse } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { popularCategories } from '$lib/server/producers/queries';
import { sortLatvian } from '$lib/text/collation';
import { search, type SearchOptions } from './flow';
import { parseSearchParams } from './params';
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

