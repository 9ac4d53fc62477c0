/**
 * The daily outcome check-in run: for each accepted mentee whose cohort has ended, the check-in
 * due today (due.ts) is created and its personal link mailed, in one transaction. The unique
 * (application, due) index makes a second run create and mail nothing.
 */
import { rigaMoment } from '$lib/domain/riga-time';
import type { Db } from '../db/types';
import { insertCheckin, listCheckinCandidates } from './checkins-repository';
import { dueCheckin } from './due';
import { mailCheckin } from './mails';

export async function createDueCheckins(db: Db, now = new Date()): Promise<number> {
	const today = rigaMoment(now).date;
	let created = 0;
	for (const c of await listCheckinCandidates(db, today)) {
		const due = dueCheckin(c.cohortEndsOn, c.existing, today);
		if (!due) continue;
		await db.transaction(async (tx) => {
			const id = await insertCheckin(tx, c.applicationId, due.due, due.dueOn, now);
			if (!id) return;
			created++;
			if (c.email) await mailCheckin(tx, { checkinId: id, due: due.due, email: c.email, name: c.name, locale: c.locale, programmeTitle: c.programmeTitle });
		});
	}
	return created;
}
