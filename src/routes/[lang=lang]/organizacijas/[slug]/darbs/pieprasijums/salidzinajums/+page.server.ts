import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { insightContext, insightPageScope, scopeView } from '$lib/server/insight/access';
import { demandVsSupply } from '$lib/server/insight/demand-queries';

/** Demand against supply: searches for a category against producers offering it, per category or per municipality. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const scope = await insightPageScope(ctx, event.url);
	return { scope: scopeView(scope), ...(await demandVsSupply(db(), scope)) };
};
