import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { searchPort } from '$lib/server/search';
import { m } from '$lib/paraglide/messages';
import type { SuggestionType } from '$lib/contracts/search/types';

const typeLabel: Record<SuggestionType, () => string> = {
	producer: m.search_sugg_producer,
	product: m.search_sugg_product,
	sales_point: m.search_sugg_sales_point,
	organisation: m.search_sugg_organisation,
	place: m.search_sugg_place,
	category: m.search_sugg_category,
	territory: m.search_sugg_territory
};

/**
 * Autocomplete for the search box: GET ?q=… → { q, suggestions: [{ type, typeLabel, label, detail, url }],
 * announcement }. The texts are in the page's language, so the box's script carries none.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const body = await searchPort().suggest(db(), url.searchParams.get('q') ?? '', params.lang);
	const suggestions = body.suggestions.map((s) => ({ ...s, typeLabel: typeLabel[s.type]() }));
	const announcement = suggestions.length ? m.search_suggestions_count({ count: suggestions.length }) : '';
	return json({ ...body, suggestions, announcement }, { headers: { 'cache-control': 'public, max-age=60' } });
};
