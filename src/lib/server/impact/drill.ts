/**
 * The records behind a figure (staff only): the same scope and period conditions the builder
 * counts with, listed a page at a time, so an auditor can be shown where a number comes from.
 * Rows are one per record (a participation row, an event, a person); the builder counts people
 * after following merges, so a merged person's two rows show here as two lines of one person.
 */
import { and, asc, count, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { periodRange, type Period, type PeriodRange } from '$lib/domain/impact/domain';
import { localized } from '$lib/domain/localized';
import { cohorts, events, outcomeCheckins, participations, people, programmeApplications } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import { heldEventWhere, periodWhere } from './participation-queries';
import { contestRows, type ContestDrillRow } from './contest-queries';
import { participationWhere, type ResolvedScope } from './scope-queries';
import { MENTORING_POINT, scopeCohortIds } from './section-queries';

export const FIGURES = ['events', 'registrations', 'attendances', 'no-shows', 'walk-ins', 'cancelled', 'unique', 'repeat', 'mentoring.mentees', 'mentoring.businesses', 'mentoring.social', 'contests.held'] as const;
export type FigureKey = (typeof FIGURES)[number];
export const isFigure = (v: string): v is FigureKey => (FIGURES as readonly string[]).includes(v);

export type PersonLabel = { name: string | null; email: string | null; anonymised: boolean };
export type DrillRow =
	| { kind: 'event'; id: string; slug: string; title: string; startsAt: Date; eventKind: string; online: boolean; registrations: number; attended: number }
	| { kind: 'participation'; id: string; person: PersonLabel; activity: string; startsAt: Date | null; registration: string; attendance: string }
	| { kind: 'person'; id: string; person: PersonLabel; activities: number; lastAt: Date | null }
	| { kind: 'mentee'; id: string; person: PersonLabel; cohort: string; ideaStatus: string | null; socialEnterprise: boolean | null; fte: number | null }
	| ContestDrillRow;
export type DrillPage = { figure: FigureKey; total: number; rows: DrillRow[] };

export const PAGE_SIZE = 50;

const label = (r: { name: string | null; email: string | null; anonymisedAt: Date | null }): PersonLabel => ({ name: r.name, email: r.email, anonymised: !!r.anonymisedAt });

function participationFilter(figure: FigureKey, now: Date): SQL | undefined {
	const p = participations;
	switch (figure) {
		case 'registrations':
			return inArray(p.registration, ['registered', 'offered']);
		case 'attendances':
			return eq(p.attendance, 'attended');
		case 'no-shows':
			return and(inArray(p.registration, ['registered', 'offered']), or(eq(p.attendance, 'absent'), and(eq(p.attendance, 'unknown'), lte(p.activityEndsAt, now))));
		case 'walk-ins':
			return and(eq(p.attendance, 'attended'), inArray(p.registration, ['none', 'cancelled', 'waitlisted']));
		case 'cancelled':
			return eq(p.registration, 'cancelled');
		default:
			return undefined;
	}
}

export async function drillDown(db: Db, scope: ResolvedScope, period: Period, figure: FigureKey, page: number, lang: string, now = new Date()): Promise<DrillPage> {
	const range = periodRange(period);
	const offset = Math.max(0, page - 1) * PAGE_SIZE;
	if (figure === 'events') return eventRows(db, scope, range, offset, lang, now);
	if (figure === 'unique' || figure === 'repeat') return personRows(db, scope, range, figure, offset);
	if (figure.startsWith('mentoring.')) return menteeRows(db, scope, range, figure, offset, lang);
	if (figure === 'contests.held') return { figure, ...(await contestRows(db, scope, range, offset, PAGE_SIZE, lang)) };
	const where = and(participationWhere(scope), periodWhere(range), participationFilter(figure, now));
	const [{ n }] = await db.select({ n: count() }).from(participations).where(where);
	const rows = await db
		.select({
			id: participations.id,
			name: people.name,
			email: people.email,
			anonymisedAt: people.anonymisedAt,
			eventTitle: events.title,
			cohortTitle: cohorts.title,
			startsAt: participations.activityStartsAt,
			registration: participations.registration,
			attendance: participations.attendance
		})
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.leftJoin(events, and(eq(participations.activityKind, 'event'), eq(events.id, participations.activityId)))
		.leftJoin(cohorts, and(eq(participations.activityKind, 'cohort'), eq(cohorts.id, participations.activityId)))
		.where(where)
		.orderBy(desc(participations.activityStartsAt), asc(participations.id))
		.limit(PAGE_SIZE)
		.offset(offset);
	return {
		figure,
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'participation', id: r.id, person: label(r), activity: localized(r.eventTitle ?? r.cohortTitle ?? { lv: '—' }, lang), startsAt: r.startsAt, registration: r.registration, attendance: r.attendance }))
	};
}

async function eventRows(db: Db, scope: ResolvedScope, range: PeriodRange, offset: number, lang: string, now: Date): Promise<DrillPage> {
	const where = heldEventWhere(scope, range, now);
	const [{ n }] = await db.select({ n: count() }).from(events).where(where);
	const counts = db
		.select({
			activityId: participations.activityId,
			registrations: sql<number>`count(*) filter (where ${participations.registration} in ('registered', 'offered'))`.as('registrations'),
			attended: sql<number>`count(*) filter (where ${participations.attendance} = 'attended')`.as('attended')
		})
		.from(participations)
		.where(eq(participations.activityKind, 'event'))
		.groupBy(participations.activityId)
		.as('c');
	const rows = await db
		.select({ id: events.id, slug: events.slug, title: events.title, startsAt: events.startsAt, kind: events.kind, online: events.online, registrations: counts.registrations, attended: counts.attended })
		.from(events)
		.leftJoin(counts, eq(counts.activityId, events.id))
		.where(where)
		.orderBy(desc(events.startsAt), asc(events.id))
		.limit(PAGE_SIZE)
		.offset(offset);
	return {
		figure: 'events',
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'event', id: r.id, slug: r.slug, title: localized(r.title, lang), startsAt: r.startsAt, eventKind: r.kind, online: r.online, registrations: toNumber(r.registrations), attended: toNumber(r.attended) }))
	};
}

/** Attendees as people (a merged row counted as its survivor), with how many activities each attended. */
async function personRows(db: Db, scope: ResolvedScope, range: PeriodRange, figure: 'unique' | 'repeat', offset: number): Promise<DrillPage> {
	const who = sql<string>`coalesce(${people.mergedIntoId}, ${participations.personId})`;
	const grouped = db
		.select({ personId: who.as('person_id'), activities: sql<number>`count(distinct ${participations.activityId})`.as('activities'), lastAt: sql<Date | null>`max(${participations.activityStartsAt})`.as('last_at') })
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(and(participationWhere(scope), periodWhere(range), eq(participations.attendance, 'attended')))
		.groupBy(who)
		.having(figure === 'repeat' ? sql`count(distinct ${participations.activityId}) >= 2` : undefined)
		.as('g');
	const [{ n }] = await db.select({ n: count() }).from(grouped);
	const rows = await db
		.select({ id: grouped.personId, activities: grouped.activities, lastAt: grouped.lastAt, name: people.name, email: people.email, anonymisedAt: people.anonymisedAt })
		.from(grouped)
		.innerJoin(people, eq(people.id, grouped.personId))
		.orderBy(desc(grouped.activities), desc(grouped.lastAt), asc(grouped.personId))
		.limit(PAGE_SIZE)
		.offset(offset);
	return {
		figure,
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'person', id: r.id, person: label(r), activities: toNumber(r.activities), lastAt: r.lastAt ? new Date(r.lastAt) : null }))
	};
}

/** Accepted mentees of the scope's cohorts with their check-in at the report's point. */
async function menteeRows(db: Db, scope: ResolvedScope, range: PeriodRange, figure: FigureKey, offset: number, lang: string): Promise<DrillPage> {
	const cohortIds = await scopeCohortIds(db, scope, range);
	if (!cohortIds.length) return { figure, total: 0, rows: [] };
	const a = programmeApplications;
	const c = outcomeCheckins;
	const filter =
		figure === 'mentoring.businesses' ? inArray(c.ideaStatus, ['registering', 'operating']) : figure === 'mentoring.social' ? eq(c.socialEnterprise, true) : undefined;
	const where = and(inArray(a.cohortId, cohortIds), eq(a.status, 'accepted'), filter);
	const from = () =>
		db
			.select({ id: a.id, name: people.name, email: people.email, anonymisedAt: people.anonymisedAt, cohort: cohorts.title, ideaStatus: c.ideaStatus, socialEnterprise: c.socialEnterprise, fte: c.fte })
			.from(a)
			.innerJoin(people, eq(people.id, a.personId))
			.innerJoin(cohorts, eq(cohorts.id, a.cohortId))
			.leftJoin(c, and(eq(c.applicationId, a.id), eq(c.due, MENTORING_POINT), sql`${c.answeredAt} is not null`));
	const all = await from().where(where);
	const rows = all.slice(offset, offset + PAGE_SIZE);
	return {
		figure,
		total: all.length,
		rows: rows.map((r) => ({ kind: 'mentee', id: r.id, person: label(r), cohort: localized(r.cohort, lang), ideaStatus: r.ideaStatus, socialEnterprise: r.socialEnterprise, fte: r.fte === null ? null : Number(r.fte) }))
	};
}
