/**
 * Daily: published profiles past their end become `expired` (no longer listed); those ending within
 * fourteen days get one renewal reminder (renewalRemindedAt; renewing clears it). Each profile's
 * change and its mail share one transaction.
 */
import { REMIND_DAYS } from '$lib/domain/cooperation/kinds';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { mailRenewalReminder } from './mails';
import { dueForReminder, dueToExpire, setStatus } from './profiles-repository';

export const EXPIRY_JOB = 'cooperation.expiry';

export async function scheduleCooperationExpiry(db: Db, now = new Date()): Promise<void> {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3, 0, 0));
	await enqueueJob(db, EXPIRY_JOB, {}, { runAt: at, dedupeKey: `${EXPIRY_JOB}:${at.toISOString().slice(0, 10)}` });
}

export async function runExpiry(db: Db, now = new Date()): Promise<{ expired: number; reminded: number }> {
	const expired = await dueToExpire(db, now);
	for (const p of expired) await setStatus(db, p.id, { status: 'expired' });
	const soon = await dueForReminder(db, now, new Date(now.getTime() + REMIND_DAYS * 86_400_000));
	let reminded = 0;
	for (const p of soon) {
		await db.transaction(async (tx) => {
			if (await mailRenewalReminder(tx, p)) reminded++;
			// marked even without a recipient (a demo row): the reminder is due once
			await setStatus(tx, p.id, { renewalRemindedAt: now });
		});
	}
	return { expired: expired.length, reminded };
}
