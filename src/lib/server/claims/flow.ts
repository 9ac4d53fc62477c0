import { eq } from 'drizzle-orm';
import { isUuid } from '$lib/domain/ids';
import { producers } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import { recordAudit } from '$lib/server/audit/audit-repository';
import { decideClaimRow, findClaim, insertClaim } from './claims-repository';
import { mailUrl } from '$lib/server/mail/links';
import { emailsMatch } from './domain';
import { mailClaimDecision, mailListingContact } from './mails';
import { addOwner, isOwner } from './owners-repository';

export type Claimant = { userId: string; email: string; emailVerified: boolean; locale: string };

export type ClaimOutcome = 'approved' | 'pending' | 'already_owner' | 'already_pending' | 'not_found';

/**
 * "This is my business." Approved at once when the claimant's *verified* e-mail is the listing's
 * e-mail (they receive that mailbox's mail, which is the proof a moderator would ask for);
 * otherwise it waits on the claims tab.
 */
export async function submitClaim(db: Db, input: { producerId: string; claimant: Claimant; message: string | null; now?: Date }): Promise<ClaimOutcome> {
	const now = input.now ?? new Date();
	const { claimant } = input;
	return db.transaction(async (tx) => {
		const [producer] = await tx
			.select({ id: producers.id, slug: producers.slug, name: producers.name, email: producers.email, status: producers.status })
			.from(producers)
			.where(eq(producers.id, input.producerId));
		if (!producer || producer.status !== 'published') return 'not_found';
		if (await isOwner(tx, producer.id, claimant.userId)) return 'already_owner';
		const claimId = await insertClaim(tx, { producerId: producer.id, userId: claimant.userId, message: input.message, locale: claimant.locale });
		if (!claimId) return 'already_pending';
		if (claimant.emailVerified && emailsMatch(claimant.email, producer.email)) {
			await decideClaimRow(tx, claimId, { status: 'approved', decidedByUserId: null, reason: null, autoApproved: true, now });
			await addOwner(tx, producer.id, claimant.userId);
			await recordAudit(tx, { actorUserId: claimant.userId, action: 'claim.auto_approve', entityType: 'producer', entityId: producer.id, details: { claimId } });
			await mailClaimDecision(tx, { to: claimant.email, locale: claimant.locale, producerName: producer.name, approved: true, reason: null });
			return 'approved';
		}
		await recordAudit(tx, { actorUserId: claimant.userId, action: 'claim.submit', entityType: 'producer', entityId: producer.id, details: { claimId } });
		// someone else's address: whoever reads the listing's known mailbox should hear of it
		if (producer.email && !emailsMatch(claimant.email, producer.email)) {
			await mailListingContact(tx, { to: producer.email, producerName: producer.name, claimantEmail: claimant.email, reportUrl: mailUrl('lv', 'zinot', { type: 'producer', slug: producer.slug }) });
		}
		return 'pending';
	});
}

export type ClaimDecision = { claimId: string; approve: boolean; reason: string | null; moderatorUserId: string; now?: Date };

/** A moderator approves (the claimant becomes an owner) or rejects with a reason; the claimant gets a mail. */
export async function decideClaim(db: Db, d: ClaimDecision): Promise<'done' | 'already_decided' | 'not_found'> {
	if (!isUuid(d.claimId)) return 'not_found';
	return db.transaction(async (tx) => {
		const claim = await findClaim(tx, d.claimId);
		if (!claim) return 'not_found';
		const decided = await decideClaimRow(tx, claim.id, { status: d.approve ? 'approved' : 'rejected', decidedByUserId: d.moderatorUserId, reason: d.reason, now: d.now ?? new Date() });
		if (!decided) return 'already_decided';
		if (d.approve) await addOwner(tx, claim.producerId, claim.userId);
		await recordAudit(tx, {
			actorUserId: d.moderatorUserId,
			action: d.approve ? 'claim.approve' : 'claim.reject',
			entityType: 'producer',
			entityId: claim.producerId,
			details: { claimId: claim.id, claimant: claim.userId, ...(d.reason ? { reason: d.reason } : {}) }
		});
		await mailClaimDecision(tx, { to: claim.claimantEmail, locale: claim.locale, producerName: claim.producerName, approved: d.approve, reason: d.reason });
		return 'done';
	});
}

export { findClaim };
