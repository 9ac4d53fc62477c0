/** What staff do with unmet demand (issue 20): mark a need, subscribe to the weekly mail, publish the public summary. */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { deleteMark, setPublished, setSubscribed, upsertMark } from './marks-repository';

export async function markNeed(db: Db, input: { organisationId: string; userId: string; needKey: string; status: 'known' | 'addressed' | 'none'; note?: string }): Promise<void> {
	if (input.status === 'none') await deleteMark(db, input.organisationId, input.needKey);
	else await upsertMark(db, input.organisationId, { needKey: input.needKey, status: input.status, note: input.note ?? '', userId: input.userId });
}

export async function subscribeWeekly(db: Db, input: { organisationId: string; userId: string; on: boolean }): Promise<void> {
	await setSubscribed(db, input.organisationId, input.userId, input.on);
}

export async function publishSummary(db: Db, input: { organisationId: string; userId: string; on: boolean }): Promise<void> {
	await db.transaction(async (tx) => {
		await setPublished(tx, input.organisationId, input.userId, input.on);
		await recordAudit(tx, { actorUserId: input.userId, action: input.on ? 'insight.publish' : 'insight.unpublish', entityType: 'organisation', entityId: input.organisationId });
	});
}
