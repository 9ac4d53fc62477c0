/** SQL for brokerage_days and brokerage_slots (issue 19). */
import { and, asc, eq, sql } from 'drizzle-orm';
import { brokerageDays, brokerageMeetings, brokerageSlots, type BrokerageMode } from '../db/schema';
import type { Db } from '../db/types';
import { toNumber } from '../db/types';

export type DayRow = { eventId: string; opensAt: Date; closesAt: Date; mode: BrokerageMode; onlineUrl: string | null; tableCount: number | null };
export type SlotRow = { id: string; startsAt: Date; endsAt: Date };

const dayColumns = { eventId: brokerageDays.eventId, opensAt: brokerageDays.opensAt, closesAt: brokerageDays.closesAt, mode: brokerageDays.mode, onlineUrl: brokerageDays.onlineUrl, tableCount: brokerageDays.tableCount };

export async function findDay(db: Db, eventId: string): Promise<DayRow | null> {
	const [row] = await db.select(dayColumns).from(brokerageDays).where(eq(brokerageDays.eventId, eventId));
	return row ?? null;
}

/** Locks the day's row: a flow that books or changes slots holds it so table numbers are handed out one at a time. */
export async function lockDay(db: Db, eventId: string): Promise<DayRow | null> {
	const [row] = await db.select(dayColumns).from(brokerageDays).where(eq(brokerageDays.eventId, eventId)).for('update');
	return row ?? null;
}

export async function upsertDay(db: Db, d: Omit<DayRow, 'eventId'> & { eventId: string; isDemo?: boolean }): Promise<void> {
	const set = { opensAt: d.opensAt, closesAt: d.closesAt, mode: d.mode, onlineUrl: d.onlineUrl, tableCount: d.tableCount, updatedAt: new Date() };
	await db
		.insert(brokerageDays)
		.values({ eventId: d.eventId, isDemo: d.isDemo ?? false, ...set })
		.onConflictDoUpdate({ target: brokerageDays.eventId, set });
}

export async function listSlots(db: Db, eventId: string): Promise<SlotRow[]> {
	return db.select({ id: brokerageSlots.id, startsAt: brokerageSlots.startsAt, endsAt: brokerageSlots.endsAt }).from(brokerageSlots).where(eq(brokerageSlots.eventId, eventId)).orderBy(asc(brokerageSlots.startsAt));
}

export async function replaceSlots(db: Db, eventId: string, slots: { startsAt: Date; endsAt: Date }[]): Promise<void> {
	await db.delete(brokerageSlots).where(eq(brokerageSlots.eventId, eventId));
	if (slots.length) await db.insert(brokerageSlots).values(slots.map((s) => ({ eventId, ...s })));
}

/** Meetings ever asked for (any status): once people have asked, the slots stay as they are. */
export async function countMeetings(db: Db, eventId: string): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(brokerageMeetings).where(and(eq(brokerageMeetings.eventId, eventId)));
	return toNumber(row?.n ?? 0);
}
