/**
 * The report's event and participation rows. Events are counted in SQL (grouped by kind and
 * place); participations are read as narrow fact rows (no names) because unique and repeat
 * people need the merge resolver and the domain's counting rules (participation/domain.ts) —
 * 10,000 such rows are read in well under a second (bench/impact-report.ts).
 */
import { and, eq, gte, inArray, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { PeriodRange } from '$lib/domain/impact/domain';
import { events, participations, people, territories } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '../db/schema/common';
import type { AttendanceStatus, RegistrationStatus } from '../participation/domain';
import { eventWhere, participationWhere, type ScopeRef } from './scope-queries';

/** An event is held once it has started, was published and not called off. */
export function heldEventWhere(scope: ScopeRef, range: PeriodRange, now: Date): SQL {
	return and(
		eventWhere(scope),
		eq(events.status, 'published'),
		lte(events.startsAt, now),
		range.from ? gte(events.startsAt, range.from) : undefined,
		range.to ? lt(events.startsAt, range.to) : undefined
	)!;
}

export async function eventCounts(db: Db, scope: ScopeRef, range: PeriodRange, now: Date): Promise<{ kind: string; online: boolean; n: number }[]> {
	const rows = await db
		.select({ kind: events.kind, online: events.online, n: sql<number>`count(*)` })
		.from(events)
		.where(heldEventWhere(scope, range, now))
		.groupBy(events.kind, events.online);
	return rows.map((r) => ({ kind: r.kind, online: r.online, n: toNumber(r.n) }));
}

export function periodWhere(range: PeriodRange): SQL | undefined {
	return and(range.from ? gte(participations.activityStartsAt, range.from) : undefined, range.to ? lt(participations.activityStartsAt, range.to) : undefined);
}

export type FactRowDb = {
	personId: string;
	mergedIntoId: string | null;
	activityId: string;
	registration: RegistrationStatus;
	attendance: AttendanceStatus;
	startsAt: Date | null;
	endsAt: Date | null;
	municipalityId: number | null;
	gender: string | null;
	ageBand: string | null;
	employmentStatus: string | null;
};

export async function participationFacts(db: Db, scope: ScopeRef, range: PeriodRange): Promise<FactRowDb[]> {
	return db
		.select({
			personId: participations.personId,
			mergedIntoId: people.mergedIntoId,
			activityId: participations.activityId,
			registration: participations.registration,
			attendance: participations.attendance,
			startsAt: participations.activityStartsAt,
			endsAt: participations.activityEndsAt,
			municipalityId: participations.municipalityId,
			gender: participations.gender,
			ageBand: participations.ageBand,
			employmentStatus: participations.employmentStatus
		})
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(and(participationWhere(scope), periodWhere(range)));
}

/**
 * Merge pointers for the people in the rows, followed to the end: a merge normally moves the
 * participations to the survivor, but a row left pointing at a merged person still counts as
 * the survivor (and a survivor merged again later as the final one).
 */
export async function mergePointers(db: Db, rows: readonly Pick<FactRowDb, 'personId' | 'mergedIntoId'>[]): Promise<Map<string, string>> {
	const map = new Map<string, string>();
	for (const r of rows) if (r.mergedIntoId) map.set(r.personId, r.mergedIntoId);
	let frontier = [...new Set(map.values())].filter((id) => !map.has(id));
	for (let hop = 0; hop < 16 && frontier.length; hop++) {
		const next = await db.select({ id: people.id, to: people.mergedIntoId }).from(people).where(and(inArray(people.id, frontier), isNotNull(people.mergedIntoId)));
		for (const n of next) if (n.to) map.set(n.id, n.to);
		frontier = next.map((n) => n.to!).filter((id) => !map.has(id));
	}
	return map;
}

export type TerritoryInfo = { id: number; parentId: number | null; name: LocalizedText; lat: number | null; lng: number | null; sortKey: string };

export async function territoriesByIds(db: Db, ids: number[]): Promise<Map<number, TerritoryInfo>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: territories.id, parentId: territories.parentId, name: territories.name, lat: territories.lat, lng: territories.lng, sortKey: territories.sortKey })
		.from(territories)
		.where(inArray(territories.id, ids));
	return new Map(rows.map((r) => [r.id, r]));
}
