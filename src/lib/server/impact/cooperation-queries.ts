/**
 * LV–MD cooperation in an impact report (issue 19): the outcomes recorded (meetings held,
 * agreements signed, first orders) on the period's days, on interests whose profile belongs to the
 * scope — the organisation's own profiles and those of the producers linked to it
 * (organisation_producers); a project counts its organisation's. A programme runs no cooperation
 * profiles (null: no section). Counted from the outcome rows themselves, one per kind per interest,
 * with the scope as an IN condition (never a join that could repeat a row).
 */
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { PeriodRange } from '$lib/domain/impact/domain';
import type { ImpactReport } from '$lib/domain/impact/report-model';
import { cooperationInterests, cooperationOutcomes, cooperationProfiles, organisationProducers } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { ResolvedScope } from './scope-queries';

const rigaDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** The scope's profiles and the period's days (the range's ends are Riga midnights; `to` is exclusive). */
export function cooperationOutcomeWhere(scope: ResolvedScope, range: PeriodRange): SQL | null {
	if (scope.kind === 'programme') return null;
	const organisationId = scope.kind === 'organisation' ? scope.id : scope.organisationId;
	const linked = sql`(select ${organisationProducers.producerId} from ${organisationProducers} where ${organisationProducers.organisationId} = ${organisationId})`;
	const profiles = sql`(select ${cooperationProfiles.id} from ${cooperationProfiles} where ${or(eq(cooperationProfiles.organisationId, organisationId), inArray(cooperationProfiles.producerId, linked))})`;
	const interests = sql`(select ${cooperationInterests.id} from ${cooperationInterests} where ${inArray(cooperationInterests.profileId, profiles)})`;
	return and(
		inArray(cooperationOutcomes.interestId, interests),
		range.from ? gte(cooperationOutcomes.happenedOn, rigaDay(range.from)) : undefined,
		range.to ? lt(cooperationOutcomes.happenedOn, rigaDay(range.to)) : undefined
	)!;
}

export async function cooperationFigures(db: Db, scope: ResolvedScope, range: PeriodRange): Promise<ImpactReport['cooperation']> {
	const where = cooperationOutcomeWhere(scope, range);
	if (!where) return null;
	const rows = await db.select({ kind: cooperationOutcomes.kind, n: count() }).from(cooperationOutcomes).where(where).groupBy(cooperationOutcomes.kind);
	const of = (k: string) => toNumber(rows.find((r) => r.kind === k)?.n);
	return { meetings: of('meeting'), agreements: of('agreement'), firstOrders: of('first_order') };
}

/** The records behind each cooperation figure: the outcome rows (profile and day; no person, no contact). */
export const COOPERATION_FIGURES = { 'cooperation.meetings': 'meeting', 'cooperation.agreements': 'agreement', 'cooperation.first-orders': 'first_order' } as const;
export type CooperationFigure = keyof typeof COOPERATION_FIGURES;
export const COOPERATION_FIGURE_KEYS = ['cooperation.meetings', 'cooperation.agreements', 'cooperation.first-orders'] as const;
export const isCooperationFigure = (f: string): f is CooperationFigure => f in COOPERATION_FIGURES;
export type CooperationDrillRow = { kind: 'cooperation'; id: string; happenedOn: string; profileSlug: string; profileTitle: string };

export async function cooperationRows(
	db: Db,
	scope: ResolvedScope,
	range: PeriodRange,
	figure: CooperationFigure,
	offset: number,
	limit: number,
	lang: string
): Promise<{ total: number; rows: CooperationDrillRow[] }> {
	const base = cooperationOutcomeWhere(scope, range);
	if (!base) return { total: 0, rows: [] };
	const where = and(base, eq(cooperationOutcomes.kind, COOPERATION_FIGURES[figure]))!;
	const [{ n }] = await db.select({ n: count() }).from(cooperationOutcomes).where(where);
	const rows = await db
		.select({ id: cooperationOutcomes.id, happenedOn: cooperationOutcomes.happenedOn, slug: cooperationProfiles.slug, title: cooperationProfiles.title })
		.from(cooperationOutcomes)
		.innerJoin(cooperationInterests, eq(cooperationInterests.id, cooperationOutcomes.interestId))
		.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
		.where(where)
		.orderBy(desc(cooperationOutcomes.happenedOn), asc(cooperationOutcomes.id))
		.limit(limit)
		.offset(offset);
	return { total: toNumber(n), rows: rows.map((r) => ({ kind: 'cooperation', id: r.id, happenedOn: r.happenedOn, profileSlug: r.slug, profileTitle: localized(r.title, lang) })) };
}

