import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { filterQuery, PAGE_SIZE, parseFilters } from '$lib/server/cooperation/filters';
import { formChoices } from '$lib/server/cooperation/owner-queries';
import { listPublicProfiles, withoutId } from '$lib/server/cooperation/public-queries';

/** Published cooperation offers and requests: filters, a search that ignores diacritics, pages. */
export const load: PageServerLoad = async ({ url }) => {
	const { page, ...filters } = parseFilters(url.searchParams);
	const [result, choices] = await Promise.all([listPublicProfiles(db(), filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), formChoices(db())]);
	const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
	return {
		filters,
		total: result.total,
		items: result.items.map(withoutId),
		choices,
		pager: { page, pages, prev: page > 1 ? filterQuery(filters, page - 1) || '?' : null, next: page < pages ? filterQuery(filters, page + 1) : null }
	};
};
