/**
 * The daily nudge run: for each active pair, the nudges due today (due.ts) that were never sent.
 * The mentoring_nudges row is inserted first, "on conflict do nothing": only the run that inserts it
 * mails, so a repeated or parallel run sends nothing twice. Row and mails commit together.
 */
import { rigaMoment } from '$lib/domain/riga-time';
import { mentoringNudges } from '../db/schema';
import type { Db } from '../db/types';
import { dueNudges } from './due';
import { mailNudge } from './mails';
import { findPair } from './pairs-repository';
import { listActivePairsForNudges, openMilestones } from './staff-queries';

export async function sendDueNudges(db: Db, now = new Date()): Promise<{ nudges: number; mails: number }> {
	const today = rigaMoment(now).date;
	let nudges = 0;
	let mails = 0;
	for (const p of await listActivePairsForNudges(db)) {
		const milestones = (await openMilestones(db, p.id)).map((g) => ({ ...g, done: false }));
		const due = dueNudges({ ...p, milestones }, today);
		for (const nudge of due) {
			await db.transaction(async (tx) => {
				const fresh = await tx.insert(mentoringNudges).values({ matchId: p.id, kind: nudge.kind, key: nudge.key, sentAt: now }).onConflictDoNothing().returning({ key: mentoringNudges.key });
				if (fresh.length === 0) return;
				const pair = await findPair(tx, p.id);
				if (!pair) return;
				nudges++;
				mails += await mailNudge(tx, pair, nudge);
			});
		}
	}
	return { nudges, mails };
}
