import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { authorize, readerReach } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isUuid } from '$lib/domain/ids';
import { moderationQueue } from '$lib/server/cooperation/moderation-queue';
import { decideProfile } from '$lib/server/cooperation/review-flow';

/** Submitted cooperation profiles (issue 19): approve → published for six months, or reject with a reason. */
export const load: PageServerLoad = async (event) => {
	readerReach(event, 'review:cooperation_profile');
	return { queue: await moderationQueue(db()), done: event.url.searchParams.get('done') };
};

async function decide(event: RequestEvent, decision: 'approve' | 'reject') {
	const form = await event.request.formData();
	const id = String(form.get('profileId') ?? '');
	if (!isUuid(id)) error(400, 'Bad request');
	const reason = String(form.get('reason') ?? '').slice(0, 1000);
	const result = await decideProfile(db(), { id, reviewerUserId: event.locals.principal!.userId, decision, reason });
	if (result === 'reason_required') return fail(400, { profileId: id, reasonMissing: true });
	if (result !== 'done') return fail(409, { profileId: id, stale: true });
	return { decided: decision, profileId: id };
}

export const actions: Actions = {
	approve: async (event) => {
		await authorize(event, 'review:cooperation_profile');
		return decide(event, 'approve');
	},
	reject: async (event) => {
		await authorize(event, 'review:cooperation_profile');
		return decide(event, 'reject');
	}
};
