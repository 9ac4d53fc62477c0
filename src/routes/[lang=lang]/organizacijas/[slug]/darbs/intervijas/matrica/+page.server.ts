import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { insightContext } from '$lib/server/insight/access';
import { matrices } from '$lib/server/insight/matrix-queries';

/** Codes × respondent types and codes × municipalities, with counts and example quotes (never who said them). */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const data = await matrices(db(), ctx.organisation.id, ctx.locale);
	return { interviews: data.interviews, codings: data.codings, byRespondent: data.byRespondent, byMunicipality: data.byMunicipality, canExport: ctx.can('export:insight') };
};
