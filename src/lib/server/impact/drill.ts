/**
 * The records behind a figure (staff only): the same scope and period conditions the builder
 * counts with, listed a page at a time, so an auditor can be shown where a number comes from.
 * Participation lists are built from the builder's own facts (participationFacts, merged per person
 * and activity by mergeDuplicateFacts) with the participation domain's predicates, the page picked
 * in code; only the page's fifty people and activities are then read by name.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { periodRange, type Period, type PeriodRange } from '$lib/domain/impact/domain';
import { localized } from '$lib/domain/localized';
import { cohorts, events, outcomeCheckins, people, programmeApplications } from '../db/schema';
import { attendancePerPerson, attended, isCancelled, isNoShow, isRegistration, isWalkIn, mergeDuplicateFacts } from '../participation/domain';
import { toNumber, type Db } from '../db/types';
import { asFacts, heldEventWhere, participationFacts, type ScopeFact } from './participation-queries';
import { contestRows, type ContestDrillRow } from './contest-queries';
import { COOPERATION_FIGURE_KEYS, cooperationRows, isCooperationFigure, type CooperationDrillRow } from './cooperation-queries';
import type { ResolvedScope } from './scope-queries';
import { MENTORING_POINT, scopeCohortIds } from './section-queries';

export const FIGURES = ['events', 'registrations', 'attendances', 'no-shows', 'walk-ins', 'cancelled', 'unique', 'repeat', 'mentoring.mentees', 'mentoring.businesses', 'mentoring.social', 'contests.held', ...COOPERATION_FIGURE_KEYS] as const;
export type FigureKey = (typeof FIGURES)[number];
export const isFigure = (v: string): v is FigureKey => (FIGURES as readonly string[]).includes(v);

export type PersonLabel = { name: string | null; email: string | null; anonymised: boolean };
export type DrillRow =
	| { kind: 'event'; id: string; slug: string; title: string; startsAt: Date; eventKind: string; online: boolean; registrations: number; attended: number }
	| { kind: 'participation'; id: string; person: PersonLabel; activity: string; startsAt: Date | null; registration: string; attendance: string }
	| { kind: 'person'; id: string; person: PersonLabel; activities: number; lastAt: Date | null }
	| { kind: 'mentee'; id: string; person: PersonLabel; cohort: string; ideaStatus: string | null; socialEnterprise: boolean | null; fte: number | null }
	| ContestDrillRow
	| CooperationDrillRow;
export type DrillPage = { figure: FigureKey; total: number; rows: DrillRow[] };

export const PAGE_SIZE = 50;

const label = (r: { name: string | null; email: string | null; anonymisedAt: Date | null } | undefined): PersonLabel => ({ name: r?.name ?? null, email: r?.email ?? null, anonymised: !!r?.anonymisedAt });

/**
 * Which merged facts each participation figure counts: the participation domain's own predicates,
 * the ones summarizeParticipation counts the figures with, so a figure always equals its list.
 */
const PARTICIPATION_FIGURES: Partial<Record<FigureKey, (f: ScopeFact, now: Date) => boolean>> = {
	registrations: isRegistration,
	attendances: attended,
	'no-shows': isNoShow,
	'walk-ins': isWalkIn,
	cancelled: isCancelled
};

const byStartDesc = (a: { startsAt: Date | null; id: string }, b: { startsAt: Date | null; id: string }) =>
	(b.startsAt?.getTime() ?? 0) - (a.startsAt?.getTime() ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function drillDown(db: Db, scope: ResolvedScope, period: Period, figure: FigureKey, page: number, lang: string, now = new Date()): Promise<DrillPage> {
	const range = periodRange(period);
	const offset = Math.max(0, page - 1) * PAGE_SIZE;
	if (figure === 'events') return eventRows(db, scope, range, offset, lang, now);
	if (figure.startsWith('mentoring.')) return menteeRows(db, scope, range, figure, offset, lang);
	if (figure === 'contests.held') return { figure, ...(await contestRows(db, scope, range, offset, PAGE_SIZE, lang)) };
	if (isCooperationFigure(figure)) return { figure, ...(await cooperationRows(db, scope, range, figure, offset, PAGE_SIZE, lang)) };
	// the same facts the builder counts, merged the same way; only the page's fifty get names
	const facts = mergeDuplicateFacts(asFacts(scope, await participationFacts(db, scope, range)));
	if (figure === 'unique' || figure === 'repeat') return personRows(db, facts, figure, offset);
	const test = PARTICIPATION_FIGURES[figure]!;
	const matching = facts.filter((f) => test(f, now)).sort(byStartDesc);
	const shown = matching.slice(offset, offset + PAGE_SIZE);
	const [names, titles] = await Promise.all([peopleByIds(db, shown.map((f) => f.personId)), activityTitles(db, scope, shown.map((f) => f.activityId), lang)]);
	return {
		figure,
		total: matching.length,
		rows: shown.map((f) => ({ kind: 'participation', id: f.id, person: label(names.get(f.personId)), activity: titles.get(f.activityId) ?? '—', startsAt: f.startsAt, registration: f.registration, attendance: f.attendance }))
	};
}

async function peopleByIds(db: Db, ids: string[]) {
	if (!ids.length) return new Map<string, { name: string | null; email: string | null; anonymisedAt: Date | null }>();
	const rows = await db.select({ id: people.id, name: people.name, email: people.email, anonymisedAt: people.anonymisedAt }).from(people).where(inArray(people.id, [...new Set(ids)]));
	return new Map(rows.map((r) => [r.id, r]));
}

async function activityTitles(db: Db, scope: ResolvedScope, ids: string[], lang: string): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const unique = [...new Set(ids)];
	const rows =
		scope.kind === 'programme'
			? await db.select({ id: cohorts.id, title: cohorts.title }).from(cohorts).where(inArray(cohorts.id, unique))
			: await db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, unique));
	return new Map(rows.map((r) => [r.id, localized(r.title, lang)]));
}

async function eventRows(db: Db, scope: ResolvedScope, range: PeriodRange, offset: number, lang: string, now: Date): Promise<DrillPage> {
	const where = heldEventWhere(scope, range, now);
	const [[{ n }], rows] = await Promise.all([
		db.select({ n: count() }).from(events).where(where),
		db
			.select({ id: events.id, slug: events.slug, title: events.title, startsAt: events.startsAt, kind: events.kind, online: events.online })
			.from(events)
			.where(where)
			.orderBy(desc(events.startsAt), asc(events.id))
			.limit(PAGE_SIZE)
			.offset(offset)
	]);
	// each event's registrations and attendances counted as the figures count them, for this page's events only
	const facts = mergeDuplicateFacts(asFacts(scope, await participationFacts(db, scope, range, rows.map((r) => r.id))));
	const tally = (id: string, test: (f: ScopeFact) => boolean) => facts.filter((f) => f.activityId === id && test(f)).length;
	return {
		figure: 'events',
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'event', id: r.id, slug: r.slug, title: localized(r.title, lang), startsAt: r.startsAt, eventKind: r.kind, online: r.online, registrations: tally(r.id, isRegistration), attended: tally(r.id, attended) }))
	};
}

/** Attendees as people (merged rows counted as their survivor), with how many activities each attended. */
async function personRows(db: Db, facts: readonly ScopeFact[], figure: 'unique' | 'repeat', offset: number): Promise<DrillPage> {
	const perPerson = attendancePerPerson(facts);
	const lastAt = new Map<string, number>();
	for (const f of facts) if (attended(f)) lastAt.set(f.personId, Math.max(lastAt.get(f.personId) ?? 0, f.startsAt?.getTime() ?? 0));
	const listed = [...perPerson]
		.filter(([, n]) => figure === 'unique' || n >= 2)
		.sort(([a, x], [b, y]) => y - x || (lastAt.get(b) ?? 0) - (lastAt.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
	const shown = listed.slice(offset, offset + PAGE_SIZE);
	const names = await peopleByIds(db, shown.map(([id]) => id));
	return {
		figure,
		total: listed.length,
		rows: shown.map(([id, activities]) => ({ kind: 'person', id, person: label(names.get(id)), activities, lastAt: lastAt.get(id) ? new Date(lastAt.get(id)!) : null }))
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
	const [[{ n }], rows] = await Promise.all([
		db
			.select({ n: count() })
			.from(a)
			.leftJoin(c, and(eq(c.applicationId, a.id), eq(c.due, MENTORING_POINT), sql`${c.answeredAt} is not null`))
			.where(where),
		from()
			.where(where)
			// people have no sort key of their own: their name (or address) in lower case, then a stable id
			.orderBy(sql`lower(coalesce(${people.name}, ${people.email}, '')) COLLATE "C"`, asc(a.id))
			.limit(PAGE_SIZE)
			.offset(offset)
	]);
	return {
		figure,
		total: toNumber(n),
		rows: rows.map((r) => ({ kind: 'mentee', id: r.id, person: label(r), cohort: localized(r.cohort, lang), ideaStatus: r.ideaStatus, socialEnterprise: r.socialEnterprise, fte: r.fte === null ? null : Number(r.fte) }))
	};
}
