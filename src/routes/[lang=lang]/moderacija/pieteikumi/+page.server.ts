import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { cleanText } from '$lib/text/clean';
import { authorize, readerReach } from '$lib/server/auth/authorize';
import { claimScope, pendingClaims } from '$lib/server/claims/queries';
import { decideClaim } from '$lib/server/claims/flow';
import { CLAIM_REASON_MAX } from '$lib/server/claims/domain';

/** The claims tab: open "this is my business" claims in the reader's reach, oldest first. */
export const load: PageServerLoad = async (event) => {
	const reach = readerReach(event, 'review:claim');
	return { claims: await pendingClaims(db(), reach, event.params.lang) };
};

const claimIdOf = async (request: Request) => String((await request.clone().formData()).get('claimId') ?? '');

export const actions: Actions = {
	approve: async (event) => {
		await authorize(event, 'review:claim', async () => claimScope(db(), await claimIdOf(event.request)));
		const form = await event.request.formData();
		const claimId = String(form.get('claimId'));
		const result = await decideClaim(db(), { claimId, approve: true, reason: null, moderatorUserId: event.locals.principal!.userId });
		if (result === 'not_found') error(404, 'Not found');
		return { decided: claimId, result };
	},
	reject: async (event) => {
		await authorize(event, 'review:claim', async () => claimScope(db(), await claimIdOf(event.request)));
		const form = await event.request.formData();
		const claimId = String(form.get('claimId'));
		const reason = cleanText(form.get('reason'));
		if (!reason || reason.length > CLAIM_REASON_MAX) return fail(400, { claimId, reason, error: reason ? 'too_long' : 'required' });
		const result = await decideClaim(db(), { claimId, approve: false, reason, moderatorUserId: event.locals.principal!.userId });
		if (result === 'not_found') error(404, 'Not found');
		return { decided: claimId, result };
	}
};
