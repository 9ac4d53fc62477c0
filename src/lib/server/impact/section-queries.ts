/**
 * The report's other sections: the scope's surveys (choice questions as percent of respondents),
 * library views, mentoring outcomes (mentoring/outcomes-queries.ts, filtered to the scope's
 * cohorts), contests (issue 18's other half: zeros until the contests table lands) and the
 * project's own result figures.
 */
import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import { rigaMoment } from '$lib/domain/riga-time';
import { localized } from '$lib/domain/localized';
import { percentOfRespondents, type PeriodRange } from '$lib/domain/impact/domain';
import type { ImpactReport, SurveySummary } from '$lib/domain/impact/report-model';
import type { Locale } from '$lib/i18n/locales';
import { cohorts, libraryItems, libraryUsage, programmes, projectResults, surveys } from '../db/schema';
import type { Db } from '../db/types';
import { outcomesByCohort, type OutcomePoint } from '../mentoring/outcomes-queries';
import { loadResults } from '../surveys/results-queries';
import { findSurvey } from '../surveys/surveys-repository';
import { pointLabel } from './labels';
import type { ResolvedScope } from './scope-queries';

/** Surveys of the scope that ran (not drafts) and overlap the period. */
export async function scopeSurveyIds(db: Db, scope: ResolvedScope, range: PeriodRange): Promise<string[]> {
	if (scope.kind !== 'organisation' && !scope.projectIds.length) return [];
	const rows = await db
		.select({ id: surveys.id })
		.from(surveys)
		.where(
			and(
				scope.kind === 'organisation' ? eq(surveys.organisationId, scope.id) : inArray(surveys.projectId, scope.projectIds),
				ne(surveys.status, 'draft'),
				range.to ? lt(surveys.createdAt, range.to) : undefined,
				range.from ? sql`coalesce(${surveys.closesAt}, now()) >= ${range.from}` : undefined
			)
		)
		.orderBy(sql`${surveys.sortKey} COLLATE "C"`);
	return rows.map((r) => r.id);
}

export async function surveySummaries(db: Db, ids: string[], lang: Locale): Promise<SurveySummary[]> {
	const out: SurveySummary[] = [];
	for (const id of ids) {
		const survey = await findSurvey(db, id);
		if (!survey) continue;
		const loaded = await loadResults(db, survey, lang);
		if (!loaded) continue;
		const respondents = loaded.results.respondents;
		const questions = loaded.results.questions.flatMap((q) =>
			q.kind === 'choice' && q.type !== 'municipality'
				? [{ title: localized(q.text, lang), options: q.options.map((o) => ({ label: localized(o.label, lang), count: o.count, percent: percentOfRespondents(o.count, respondents) })) }]
				: []
		);
		out.push({ id, title: localized(survey.title, lang), respondents, questions });
	}
	return out;
}

const rigaDay = (d: Date) => rigaMoment(d).date;
const monthOf = (d: Date) => `${rigaDay(d).slice(0, 7)}-01`;

/** Views of the scope's library items in the months the period overlaps (usage is kept per month, no finer). */
export async function libraryViews(db: Db, scope: ResolvedScope, range: PeriodRange, lang: string): Promise<ImpactReport['library']> {
	if (scope.kind !== 'organisation' && !scope.projectIds.length) return { views: 0, items: [] };
	const views = sql<number>`coalesce(sum(${libraryUsage.views}), 0)::int`;
	const rows = await db
		.select({ title: libraryItems.title, views })
		.from(libraryItems)
		.innerJoin(libraryUsage, eq(libraryUsage.itemId, libraryItems.id))
		.where(
			and(
				scope.kind === 'organisation' ? eq(libraryItems.organisationId, scope.id) : inArray(libraryItems.projectId, scope.projectIds),
				range.from ? gte(libraryUsage.month, monthOf(range.from)) : undefined,
				range.to ? lte(libraryUsage.month, monthOf(new Date(range.to.getTime() - 1))) : undefined
			)
		)
		.groupBy(libraryItems.id, libraryItems.title)
		.orderBy(desc(views));
	const items = rows.map((r) => ({ title: localized(r.title, lang), views: Number(r.views) })).filter((r) => r.views > 0);
	return { views: items.reduce((a, r) => a + r.views, 0), items };
}

/** The scope's cohorts that ended in the period. */
export async function scopeCohortIds(db: Db, scope: ResolvedScope, range: PeriodRange): Promise<string[]> {
	const rows = await db
		.select({ id: cohorts.id })
		.from(cohorts)
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.where(
			and(
				scope.kind === 'programme' ? eq(programmes.id, scope.id) : scope.kind === 'project' ? eq(programmes.projectId, scope.id) : eq(programmes.organisationId, scope.id),
				range.from ? gte(cohorts.endsOn, rigaDay(range.from)) : undefined,
				range.to ? lt(cohorts.endsOn, rigaDay(range.to)) : undefined
			)
		);
	return rows.map((r) => r.id);
}

/** The funders' standard point: six months after the cohort ended (the seed's "9 founding, 9 operating"). */
export const MENTORING_POINT: OutcomePoint = 'month6';

export async function mentoringFigures(db: Db, scope: ResolvedScope, range: PeriodRange, locale: Locale, point: OutcomePoint = MENTORING_POINT): Promise<ImpactReport['mentoring']> {
	const cohortIds = new Set(await scopeCohortIds(db, scope, range));
	if (!cohortIds.size) return null;
	const rows = (await outcomesByCohort(db, scope.organisationId, point)).filter((r) => cohortIds.has(r.cohortId));
	const sum = (k: 'mentees' | 'registering' | 'operating' | 'social') => rows.reduce((a, r) => a + Number(r[k]), 0);
	return {
		mentees: { value: sum('mentees'), figure: 'mentoring.mentees' },
		businessesStarted: { value: sum('registering') + sum('operating'), figure: 'mentoring.businesses' },
		socialEnterprises: { value: sum('social'), figure: 'mentoring.social' },
		// each check-in stores its FTE by the CAP rule (domain/programme/fte.ts totalFte); added up, two decimals
		fteJobs: Math.round(rows.reduce((a, r) => a + Number(r.fte), 0) * 100) / 100,
		point: pointLabel(point, locale)
	};
}

export { contestFigures } from './contest-queries';

export async function projectResultFigures(db: Db, scope: ResolvedScope, lang: string): Promise<ImpactReport['results']> {
	if (scope.kind !== 'project') return [];
	const rows = await db
		.select({ value: projectResults.value, label: projectResults.label, unit: projectResults.unit })
		.from(projectResults)
		.where(eq(projectResults.projectId, scope.id))
		.orderBy(asc(projectResults.position));
	return rows.map((r) => ({ label: localized(r.label, lang), value: Number(r.value).toLocaleString(lang === 'lv' ? 'lv-LV' : lang), unit: r.unit ? localized(r.unit, lang) : null }));
}
