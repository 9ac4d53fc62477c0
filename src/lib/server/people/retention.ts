/**
 * The retention sweep: a daily job anonymises people whose data is past its time
 * (`isDueForAnonymisation`: each activity's organisation decides how long, 365 days by default),
 * and drops used or expired confirmation links. Each person is its own small transaction.
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { retentionFactsOf } from '../participation/participations-repository';
import { purgeConfirmations } from './confirmations-repository';
import { isDueForAnonymisation } from './domain';
import { anonymisePerson } from './flow';
import { listRetentionCandidates } from './people-repository';

export const RETENTION_JOB = 'people.retention';
const PAGE = 500;

/** Anonymises every person that is due; returns how many. */
export async function sweepRetention(db: Db, now = new Date()): Promise<number> {
	let anonymised = 0;
	let after: string | null = null;
	for (;;) {
		const page = await listRetentionCandidates(db, after, PAGE);
		if (!page.length) break;
		after = page[page.length - 1].id;
		const facts = await retentionFactsOf(db, page.map((p) => p.id));
		for (const person of page) {
			if (!isDueForAnonymisation(person, facts.get(person.id) ?? [], now)) continue;
			await db.transaction(async (tx) => {
				await anonymisePerson(tx, person.id, now);
				await recordAudit(tx, { actorUserId: null, action: 'person.anonymise', entityType: 'person', entityId: person.id, details: { reason: 'retention' } });
			});
			anonymised++;
		}
	}
	await purgeConfirmations(db, now);
	return anonymised;
}

/** Queues the next sweep (idempotent: one waits at a time). Called at start-up and by the sweep itself. */
export async function scheduleRetentionSweep(db: Db, at = new Date()): Promise<void> {
	await enqueueJob(db, RETENTION_JOB, {}, { runAt: at, dedupeKey: RETENTION_JOB });
}
