/**
 * The report's other sections: the scope's surveys (choice questions as percent of respondents),
 * library views, mentoring outcomes (mentoring/outcomes-queries.ts, filtered to the scope's
 * cohorts), contests (issue 18's other half: zeros until the contests table lands) and the
 * project's own result figures.
 */
import { and, asc, desc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import { rigaMoment } from '$lib/domain/riga-time';
import { localized } from '$lib/domain/localized';
import type { PeriodRange } from '$lib/domain/impact/domain';
import { computeResults, percentOf } from '$lib/domain/survey/results';
import type { LocalizedText } from '$lib/domain/types';
import { m } from '$lib/paraglide/messages';
import type { ImpactReport, SurveySummary } from '$lib/domain/impact/report-model';
import type { Locale } from '$lib/i18n/locales';
import { cohorts, libraryItems, libraryUsage, programmes, projectResults, surveyResponses, surveys, surveyVersions } from '../db/schema';
import type { Db } from '../db/types';
import { outcomesByCohort, type OutcomePoint } from '../mentoring/outcomes-queries';
import { pointLabel } from './labels';
import type { ResolvedScope } from './scope-queries';

export type ScopeSurvey = { id: string; title: LocalizedText; currentVersion: number; resultsPublished: boolean };

/** Surveys of the scope that ran (not drafts) and overlap the period, with what the summaries need. */
export async function scopeSurveys(db: Db, scope: ResolvedScope, range: PeriodRange): Promise<ScopeSurvey[]> {
	if (scope.kind !== 'organisation' && !scope.projectIds.length) return [];
	const rows = await db
		.select({ id: surveys.id, title: surveys.title, currentVersion: surveys.currentVersion, resultsPublishedAt: surveys.resultsPublishedAt })
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
	return rows.map((r) => ({ id: r.id, title: r.title, currentVersion: r.currentVersion, resultsPublished: r.resultsPublishedAt !== null }));
}

/**
 * Each survey's choice questions over the responses submitted in the period (a funder reads
 * "respondents" as those of the reporting period, like every other figure); the whole survey when
 * the period is open. Three queries whatever the number of surveys.
 */
export async function surveySummaries(db: Db, list: readonly ScopeSurvey[], range: PeriodRange, lang: Locale): Promise<SurveySummary[]> {
	if (!list.length) return [];
	const ids = list.map((x) => x.id);
	const [versionRows, responseRows] = await Promise.all([
		db.select({ surveyId: surveyVersions.surveyId, version: surveyVersions.version, definition: surveyVersions.definition }).from(surveyVersions).where(inArray(surveyVersions.surveyId, ids)),
		db
			.select({ surveyId: surveyResponses.surveyId, version: surveyResponses.version, answers: surveyResponses.answers, attributes: surveyResponses.attributes })
			.from(surveyResponses)
			.where(
				and(
					inArray(surveyResponses.surveyId, ids),
					eq(surveyResponses.state, 'submitted'),
					// submitted_on is the Riga day of submission
					range.from ? gte(surveyResponses.submittedOn, rigaDay(range.from)) : undefined,
					range.to ? lt(surveyResponses.submittedOn, rigaDay(range.to)) : undefined
				)
			)
	]);
	const yesNo = { yes: { lv: m.survey_results_yes({}, { locale: lang }) }, no: { lv: m.survey_results_no({}, { locale: lang }) } };
	return list.flatMap((survey) => {
		const versions = new Map(versionRows.filter((v) => v.surveyId === survey.id).map((v) => [v.version, v.definition]));
		const definition = versions.get(survey.currentVersion);
		if (!definition) return [];
		const results = computeResults(definition, responseRows.filter((r) => r.surveyId === survey.id), { versions, yesNo });
		const questions = results.questions.flatMap((q) =>
			q.kind === 'choice' && q.type !== 'municipality'
				? [{ title: localized(q.text, lang), options: q.options.map((o) => ({ label: localized(o.label, lang), count: o.count, percent: percentOf(o.count, results.respondents) ?? 0 })) }]
				: []
		);
		return [{ id: survey.id, title: localized(survey.title, lang), respondents: results.respondents, questions }];
	});
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
	const cohortIds = await scopeCohortIds(db, scope, range);
	if (!cohortIds.length) return null;
	const rows = await outcomesByCohort(db, scope.organisationId, point, cohortIds);
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
	return rows.map((r) => ({ label: localized(r.label, lang), value: Number(r.value), unit: r.unit ? localized(r.unit, lang) : null }));
}
