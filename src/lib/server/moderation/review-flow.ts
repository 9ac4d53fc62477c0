/**
 * A moderator's decision on a revision: approve (apply + publish), reject (reason), request
 * changes (message) or archive. One transaction; the author's e-mail, the audit entry and the
 * search reindex are written in it and happen only if the decision commits. A new producer's
 * approval, rejection or archiving also decides its parts (`partsOf` in revisions-repository.ts): one
 * review, one mail.
 */
import type { Db } from '../db/types';
import { decisionSchema, type DecisionMessageError as DecisionMessageCode } from '../../forms/moderation';
import { parseWith } from '../../forms/parse';
import { applyProposal, changedUnder, decisionStatus, reviewRefusal, type Decision, type ReviewRefusal } from './domain';
import { LOCALIZED_FIELDS } from './drafts';
import { audit, queueReindex } from './effects';
import { applyFields, insertListing, readListing, setListingStatus } from './listings-repository';
import { mailDecision } from './mails';
import { appliedSince, getRevision, moveRevision, partsOf, type RevisionRow } from './revisions-repository';

export type DecideInput = {
	revisionId: string;
	decision: Decision;
	reviewerUserId: string;
	/** Rejection reason or requested changes; required for those two. */
	message?: string;
	now?: Date;
	/**
	 * Whether the reviewer may also decide a part of a new producer's review (a point in another
	 * municipality may lie outside a territory editor's reach); a part not decided returns to the queue.
	 */
	mayDecide?: (tx: Db, part: RevisionRow) => Promise<boolean>;
};

export type DecideResult = { ok: true } | { ok: false; refusal: ReviewRefusal | 'not_found' };

/** The decision form's rule (forms/moderation.ts) broken by a caller that skipped the form. */
export class DecisionMessageError extends Error {
	constructor(readonly code: DecisionMessageCode) {
		super(code === 'message_required' ? 'A reason is required for this decision' : 'The message is too long');
	}
}

/** Thrown inside the transaction to roll back when the listing moved on under us. */
class Refused extends Error {
	constructor(readonly refusal: ReviewRefusal) {
		super(refusal);
	}
}

export async function decide(db: Db, input: DecideInput): Promise<DecideResult> {
	const parsed = parseWith(decisionSchema, { decision: input.decision, message: input.message });
	if (!parsed.ok) throw new DecisionMessageError(parsed.errors.message === 'message_too_long' ? 'message_too_long' : 'message_required');
	const { message } = parsed.data;
	const now = input.now ?? new Date();
	try {
		return await db.transaction(async (tx) => {
			const rev = await getRevision(tx, input.revisionId);
			if (!rev) return { ok: false, refusal: 'not_found' } as const;
			const outcome = await decideOne(tx, rev, input.decision, { reviewerUserId: input.reviewerUserId, message, now });
			// a new producer's products and own points are decided with it, and told in its one mail
			const parts: string[] = [];
			if (rev.entityType === 'producer' && rev.isNew && input.decision !== 'request_changes') {
				for (const part of await partsOf(tx, rev.entityId)) {
					if (input.mayDecide && !(await input.mayDecide(tx, part))) continue;
					parts.push((await decideOne(tx, part, input.decision, { reviewerUserId: input.reviewerUserId, message, now })).name);
				}
			}
			if (rev.authorEmail && input.decision !== 'archive') {
				await mailDecision(tx, { to: rev.authorEmail, locale: rev.authorLocale, decision: input.decision, name: outcome.name, message, entityType: rev.entityType, slug: outcome.slug, parts });
			}
			return { ok: true } as const;
		});
	} catch (e) {
		if (e instanceof Refused) return { ok: false, refusal: e.refusal };
		throw e;
	}
}

/** Applies one decision to one revision inside the caller's transaction; throws Refused to roll back. */
async function decideOne(
	tx: Db,
	rev: RevisionRow,
	decision: Decision,
	r: { reviewerUserId: string; message: string | null; now: Date }
): Promise<{ name: string; slug: string | null }> {
	const listing = await readListing(tx, rev.entityType, rev.entityId);
	const localizedFields = LOCALIZED_FIELDS[rev.entityType];
	// a new product has no row until approved: it is at version 1 by definition
	const currentVersion = listing?.version ?? 1;
	const conflict = decision === 'approve' && changedUnder(rev, await appliedSince(tx, rev.entityType, rev.entityId, rev.baseVersion), currentVersion, localizedFields);
	const refusal = reviewRefusal(rev, decision, conflict);
	if (refusal) throw new Refused(refusal);

	const moved = await moveRevision(tx, rev.id, rev.status, decisionStatus(decision), {
		reviewedBy: r.reviewerUserId,
		at: r.now,
		reason: r.message,
		...(decision === 'approve' && { appliedTo: currentVersion })
	});
	if (!moved) throw new Refused('not_pending');

	let slug = listing?.slug ?? null;
	let producerId = listing?.producerId ?? null;
	if (decision === 'approve') {
		if (rev.isNew && !listing) {
			await insertListing(tx, rev.entityType, rev.proposed, 'pending', rev.entityId);
			producerId = (rev.proposed.producerId as string | undefined) ?? null;
		} else {
			const publish = rev.isNew ? { status: 'published' as const, at: r.now } : undefined;
			const next = await applyFields(tx, rev.entityType, rev.entityId, applyProposal(listing?.fields ?? null, rev.proposed, localizedFields), currentVersion, publish);
			if (next === null) throw new Refused('stale');
		}
		if (rev.isNew || listing?.status === 'published') await queueReindex(tx, rev.entityType, rev.entityId, producerId);
	} else if (rev.isNew && listing && listing.status !== 'published' && decision !== 'request_changes') {
		// a new listing nobody will publish leaves the pending pile with its revision
		await setListingStatus(tx, rev.entityType, rev.entityId, decision === 'reject' ? 'rejected' : 'archived');
	}
	if (rev.entityType === 'product' && producerId) slug = (await readListing(tx, 'producer', producerId))?.slug ?? null;

	await audit(tx, r.reviewerUserId, decision, rev.entityType, rev.entityId, { revisionId: rev.id, ...(r.message && { message: r.message }) });
	return { name: displayName(rev.proposed.name ?? listing?.fields.name, rev.authorLocale), slug };
}

function displayName(name: unknown, locale: string): string {
	if (typeof name === 'string') return name;
	if (name && typeof name === 'object') {
		const t = name as Record<string, string | undefined>;
		return t[locale] || t.lv || '';
	}
	return '';
}
