/**
 * The report's event and participation rows. Events are counted in SQL (grouped by kind and
 * place); participations are read as narrow fact rows (no names) because unique and repeat
 * people need the merge resolver and the domain's counting rules (participation/domain.ts) —
 * 10,000 such rows are read in well under a second (bench/impact-report.ts).
 */
import { and, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { PeriodRange } from '$lib/domain/impact/domain';
import { events, participations, people, territories } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '../db/schema/common';
import type { AttendanceStatus, ParticipationFact, RegistrationStatus } from '../participation/domain';
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

/**
 * The person a row counts as: people/flow.ts points every merged person straight at the final
 * survivor (a later merge re-points the earlier ones), so one step reaches it.
 */
export const countedPerson = sql<string>`coalesce(${people.mergedIntoId}, ${participations.personId})`;

export type FactRowDb = {
	id: string;
	/** Already the survivor of any merge (countedPerson). */
	personId: string;
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

const factColumns = {
	id: participations.id,
	personId: countedPerson,
	activityId: participations.activityId,
	registration: participations.registration,
	attendance: participations.attendance,
	startsAt: participations.activityStartsAt,
	endsAt: participations.activityEndsAt,
	municipalityId: participations.municipalityId,
	gender: participations.gender,
	ageBand: participations.ageBand,
	employmentStatus: participations.employmentStatus
};

/** Narrow fact rows (no names) of the scope's participations in the period: what every participation figure counts. */
export async function participationFacts(db: Db, scope: ScopeRef, range: PeriodRange, activityIds?: string[]): Promise<FactRowDb[]> {
	if (activityIds && !activityIds.length) return [];
	return db
		.select(factColumns)
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(and(participationWhere(scope), periodWhere(range), activityIds ? inArray(participations.activityId, activityIds) : undefined));
}

export type ScopeFact = ParticipationFact & FactRowDb;

/** The rows as the participation domain's facts (a programme's activities are its cohorts). */
export const asFacts = (scope: ScopeRef, rows: readonly FactRowDb[]): ScopeFact[] =>
	rows.map((r) => ({ ...r, activityKind: scope.kind === 'programme' ? 'cohort' : 'event', activityEndsAt: r.endsAt }));

export type TerritoryInfo = { id: number; parentId: number | null; name: LocalizedText; lat: number | null; lng: number | null; sortKey: string };

export async function territoriesByIds(db: Db, ids: number[]): Promise<Map<number, TerritoryInfo>> {
	if (!ids.length) return new Map();
	const rows = await db
		.select({ id: territories.id, parentId: territories.parentId, name: territories.name, lat: territories.lat, lng: territories.lng, sortKey: territories.sortKey })
		.from(territories)
		.where(inArray(territories.id, ids));
	return new Map(rows.map((r) => [r.id, r]));
}
