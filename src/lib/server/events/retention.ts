/**
 * Registrants' details go after the organisation's retention (default 365 days after the event):
 * answers and guest names are cleared on the event's registrations, and people whose every
 * activity is past retention are anonymised by the people sweep (people/retention.ts) — the
 * participation rows, their attendance and the anonymous person key stay, so counts stay.
 */
import { and, eq, lte, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit-repository';
import { events, organisations } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { sweepRetention } from '../people/retention';
import { clearDetailsOfEvents } from './registrations-repository';

export const EVENT_RETENTION_JOB = 'events.retention';

/** Events whose end plus their organisation's retention lies before `now`. */
async function eventsPastRetention(db: Db, now: Date): Promise<string[]> {
	const rows = await db
		.select({ id: events.id })
		.from(events)
		.innerJoin(organisations, eq(organisations.id, events.organisationId))
		.where(and(lte(sql`${events.endsAt} + make_interval(days => ${organisations.participantRetentionDays})`, now)));
	return rows.map((r) => r.id);
}

/** Clears registration details past retention and anonymises the people who are due; returns both counts. */
export async function sweepEventRetention(db: Db, now = new Date()): Promise<{ registrations: number; people: number }> {
	const ids = await eventsPastRetention(db, now);
	const registrations = await db.transaction(async (tx) => {
		const n = await clearDetailsOfEvents(tx, ids);
		if (n) await recordAudit(tx, { actorUserId: null, action: 'event.retention', entityType: 'event', entityId: null, details: { events: ids.length, registrations: n } });
		return n;
	});
	const people = await sweepRetention(db, now);
	return { registrations, people };
}

export async function scheduleEventRetention(db: Db, at = new Date()): Promise<void> {
	await enqueueJob(db, EVENT_RETENTION_JOB, {}, { runAt: at, dedupeKey: EVENT_RETENTION_JOB });
}
