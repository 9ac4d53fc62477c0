/**
 * Moderators decide on submitted profiles: approve → published now, expiring in six months, its
 * matches computed by a job; reject → back to the owner with the reason. The owner's mail and the
 * matching job are enqueued in the decision's transaction; every decision is audited.
 */
import { addMonths, PROFILE_MONTHS } from '$lib/domain/cooperation/kinds';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { mailDecision } from './mails';
import { findOwnedProfile, setStatus } from './profiles-repository';

export const MATCH_JOB = 'cooperation.match';

export type Decision = { id: string; reviewerUserId: string | null; decision: 'approve' | 'reject'; reason?: string | null; now?: Date };

/** 'done', or why not: gone (no such profile), stale (not pending any more, another moderator decided). */
export async function decideProfile(db: Db, d: Decision): Promise<'done' | 'gone' | 'stale' | 'reason_required'> {
	const now = d.now ?? new Date();
	const reason = d.reason?.trim() || null;
	if (d.decision === 'reject' && !reason) return 'reason_required';
	return db.transaction(async (tx) => {
		const p = await findOwnedProfile(tx, d.id);
		if (!p) return 'gone';
		if (p.status !== 'pending') return 'stale';
		if (d.decision === 'approve') {
			await setStatus(tx, p.id, { status: 'published', reviewedByUserId: d.reviewerUserId, reviewedAt: now, publishedAt: now, expiresAt: addMonths(now, PROFILE_MONTHS), renewalRemindedAt: null, rejectionReason: null });
			await enqueueJob(tx, MATCH_JOB, { profileId: p.id });
		} else {
			await setStatus(tx, p.id, { status: 'rejected', reviewedByUserId: d.reviewerUserId, reviewedAt: now, rejectionReason: reason });
		}
		await recordAudit(tx, { actorUserId: d.reviewerUserId, action: d.decision === 'approve' ? 'approve' : 'reject', entityType: 'cooperation_profile', entityId: p.id, details: reason ? { reason } : {} });
		await mailDecision(tx, p, d.decision === 'approve' ? 'published' : 'rejected', reason);
		return 'done';
	});
}
