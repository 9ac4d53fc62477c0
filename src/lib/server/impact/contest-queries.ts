/**
 * Contests in an impact report: a contest counts as held once its winners were drawn, in the
 * period its entries closed; entrants are the frozen list's count (what the published hash covers),
 * winners the places drawn (never more than there were entries).
 */
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { PeriodRange } from '$lib/domain/impact/domain';
import type { ImpactReport } from '$lib/domain/impact/report-model';
import { contests } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { ResolvedScope } from './scope-queries';

export type ContestDrillRow = { kind: 'contest'; id: string; slug: string; title: string; closesAt: Date; entries: number; winners: number };

/** Contests of the scope drawn within the period; a programme runs none (null: nothing matches). */
function heldContestWhere(scope: ResolvedScope, range: PeriodRange): SQL | null {
	const owner =
		scope.kind === 'organisation' ? eq(contests.organisationId, scope.id) : scope.kind === 'project' && scope.projectIds.length ? inArray(contests.projectId, scope.projectIds) : null;
	if (!owner) return null;
	return and(owner, isNotNull(contests.drawnAt), range.from ? gte(contests.closesAt, range.from) : undefined, range.to ? lt(contests.closesAt, range.to) : undefined)!;
}

const winnersDrawn = sql<number>`least(${contests.winners}, coalesce(${contests.entryCount}, 0))`;

export async function contestFigures(db: Db, scope: ResolvedScope, range: PeriodRange): Promise<ImpactReport['contests']> {
	const where = heldContestWhere(scope, range);
	if (!where) return { held: { value: 0, figure: 'contests.held' }, entries: 0, winners: 0 };
	const [row] = await db
		.select({ held: count(), entries: sql<number>`coalesce(sum(${contests.entryCount}), 0)`, winners: sql<number>`coalesce(sum(${winnersDrawn}), 0)` })
		.from(contests)
		.where(where);
	return { held: { value: toNumber(row?.held), figure: 'contests.held' }, entries: toNumber(row?.entries), winners: toNumber(row?.winners) };
}

export async function contestRows(db: Db, scope: ResolvedScope, range: PeriodRange, offset: number, limit: number, lang: string): Promise<{ total: number; rows: ContestDrillRow[] }> {
	const where = heldContestWhere(scope, range);
	if (!where) return { total: 0, rows: [] };
	const [{ n }] = await db.select({ n: count() }).from(contests).where(where);
	const rows = await db
		.select({ id: contests.id, slug: contests.slug, title: contests.title, closesAt: contests.closesAt, entries: contests.entryCount, winners: winnersDrawn })
		.from(contests)
		.where(where)
		.orderBy(desc(contests.closesAt), asc(contests.id))
		.limit(limit)
		.offset(offset);
	return {
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'contest', id: r.id, slug: r.slug, title: localized(r.title, lang), closesAt: r.closesAt, entries: toNumber(r.entries), winners: toNumber(r.winners) }))
	};
}
