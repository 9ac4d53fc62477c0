import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { insightContext, insightPageScope, scopeView } from '$lib/server/insight/access';
import { readSupplySort, supplyCoverage } from '$lib/server/insight/supply-queries';

/** Supply coverage: published producers per municipality (map and table), per category and per LEADER territory. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const scope = await insightPageScope(ctx, event.url);
	const sort = readSupplySort(event.url.searchParams);
	return { scope: scopeView(scope), sort, ...(await supplyCoverage(db(), scope, sort, ctx.locale)) };
};
