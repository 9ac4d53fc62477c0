import type { RequestEvent } from '@sveltejs/kit';
import type { Principal } from '$lib/server/auth/permissions';
import type { Db } from '$lib/server/db/types';
import { findPublishedProducer } from '$lib/server/producers/producers-repository';
import { cleanText } from '$lib/text/clean';
import { CLAIM_MESSAGE_MAX } from './domain';
import { submitClaim, type ClaimOutcome } from './flow';

/** Parses the claim form of a producer page and submits the claim (the route has authorized). */
export async function claimProducer(
	db: Db,
	event: Pick<RequestEvent, 'request' | 'params'>,
	principal: Principal
): Promise<{ ok: true; outcome: ClaimOutcome } | { ok: false; message: string; error: 'too_long' | 'not_found' }> {
	const form = await event.request.formData();
	const message = cleanText(form.get('message'));
	if (message.length > CLAIM_MESSAGE_MAX) return { ok: false, message, error: 'too_long' };
	const producer = await findPublishedProducer(db, event.params.slug ?? '');
	if (!producer || !principal) return { ok: false, message, error: 'not_found' };
	const outcome = await submitClaim(db, {
		producerId: producer.id,
		claimant: { userId: principal.userId, email: principal.email, emailVerified: principal.emailVerified, locale: event.params.lang ?? 'lv' },
		message: message || null
	});
	return { ok: true, outcome };
}
