/**
 * Staff decisions on a pair: complete it, or end it early with a reason. Each is audited. Ending
 * (or completing) frees the mentee: the live-match index (mentoring_matches_live_uq) counts only
 * proposed and active pairs, so the matching board can pair them again. Completing mails both
 * sides their pair link to give feedback.
 */
import { rigaMoment } from '$lib/domain/riga-time';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { mailCompleted } from './mails';
import { closeMatch, findPair } from './pairs-repository';

export type CloseResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_active' };

/** The organisation's pair, or null (another organisation's pair is not found either). */
export async function ownPair(db: Db, organisationId: string, matchId: string) {
	if (!/^[0-9a-f-]{36}$/.test(matchId)) return null;
	const pair = await findPair(db, matchId);
	return pair && pair.organisationId === organisationId ? pair : null;
}

export async function closePair(
	db: Db,
	input: { actorUserId: string; organisationId: string; matchId: string; status: 'completed' | 'ended'; reason: string | null },
	now = new Date()
): Promise<CloseResult> {
	return db.transaction(async (tx) => {
		const pair = await ownPair(tx, input.organisationId, input.matchId);
		if (!pair) return { ok: false, reason: 'not_found' } as const;
		if (!(await closeMatch(tx, pair.id, input.status, rigaMoment(now).date, input.reason, now))) return { ok: false, reason: 'not_active' } as const;
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: input.status === 'completed' ? 'mentoring_match.complete' : 'mentoring_match.end',
			entityType: 'mentoring_match',
			entityId: pair.id,
			details: input.reason ? { reason: input.reason } : {}
		});
		// completion asks both sides for their feedback (an early end has nothing to ask them)
		if (input.status === 'completed') await mailCompleted(tx, pair);
		return { ok: true } as const;
	});
}
