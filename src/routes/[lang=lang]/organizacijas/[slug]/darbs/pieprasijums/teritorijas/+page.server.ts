import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { insightContext, insightPageScope, scopeView } from '$lib/server/insight/access';
import { demandAreas } from '$lib/server/insight/demand-queries';

/** Top unmet needs per municipality and per LEADER group's territory. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const scope = await insightPageScope(ctx, event.url);
	return { scope: scopeView(scope), ...(await demandAreas(db(), ctx.organisation.id, scope)) };
};
