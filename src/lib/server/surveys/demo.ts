/**
 * Loads the demo survey (demo-data.ts): the social-entrepreneurship project's closing survey with
 * 169 submitted anonymous responses whose answers give exactly the published percentages, and its
 * results published. Deterministic: the same rows on every run, replacing an earlier run's.
 */
import { eq, inArray } from 'drizzle-orm';
import type { SurveyAnswers } from '$lib/domain/survey/types';
import { latvianSortKey } from '../../text/collation';
import { organisations, projects, surveyQuotes, surveyResponses, surveys, territories } from '../db/schema';
import type { Db } from '../db/types';
import { rngFor } from '../seed/prng';
import {
	DEMO_COUNTS,
	DEMO_MUNICIPALITIES,
	DEMO_RESPONDENTS,
	DEMO_SURVEY_DEFINITION,
	DEMO_SURVEY_INTRO,
	DEMO_SURVEY_ORGANISATION,
	DEMO_SURVEY_PROJECT,
	DEMO_SURVEY_SLUG,
	DEMO_SURVEY_TITLE,
	DEMO_TEXTS
} from './demo-data';
import { seedFeedbackSurveyDemo } from './demo-feedback';
import { insertSurvey } from './surveys-repository';

/** The survey ran in the three weeks after the project's last study visit (seed document 002). */
const FIRST_DAY = Date.UTC(2022, 5, 1);
const DAYS = 21;
const DAY = 86_400_000;

/** A permutation of 0..n-1 from a named PRNG, so each question's answers land on different people. */
function shuffled(n: number, key: string): number[] {
	const rng = rngFor(key);
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order;
}

/** Gives `counts[value]` respondents each value, in a shuffled order (whole list: everyone gets one). */
function spread<K extends string | number>(answers: SurveyAnswers[], question: string, counts: Record<K, number>, key: string, as: (v: K) => string | number) {
	const order = shuffled(answers.length, key);
	let next = 0;
	for (const [value, n] of Object.entries(counts) as [K, number][]) {
		for (let i = 0; i < n; i++) answers[order[next++]][question] = as(value);
	}
}

/**
 * The multi-select: o1, o2, o3 as overlapping runs that together cover every respondent (the
 * question is required), o4 and o5 spread at random; exact counts either way.
 */
function usefulActivities(answers: SurveyAnswers[]) {
	const n = answers.length;
	const order = shuffled(n, 'survey-demo:q2');
	const picks: string[][] = Array.from({ length: n }, () => []);
	const run = (option: string, from: number, count: number) => {
		for (let i = 0; i < count; i++) picks[order[(from + i) % n]].push(option);
	};
	const { o1, o2, o3, o4, o5 } = DEMO_COUNTS.q2;
	run('o1', 0, o1); // 0..87
	run('o2', 70, o2); // 70..143
	run('o3', 120, o3); // 120..168, 0..6
	run('o4', 30, o4);
	run('o5', 100, o5);
	picks.forEach((p, i) => (answers[i].q2 = p));
}

export async function seedSurveyDemo(db: Db): Promise<number> {
	await db.delete(surveys).where(eq(surveys.slug, DEMO_SURVEY_SLUG));
	const [[organisation], [project], places] = await Promise.all([
		db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_SURVEY_ORGANISATION)),
		db.select({ id: projects.id }).from(projects).where(eq(projects.slug, DEMO_SURVEY_PROJECT)),
		db
			.select({ id: territories.id, slug: territories.slug })
			.from(territories)
			.where(inArray(territories.slug, DEMO_MUNICIPALITIES.map(([slug]) => slug)))
	]);
	if (!organisation || !project) throw new Error('Survey seed: the social-entrepreneurship project is not seeded');

	const answers: SurveyAnswers[] = Array.from({ length: DEMO_RESPONDENTS }, () => ({}));
	spread(answers, 'q1', DEMO_COUNTS.q1, 'survey-demo:q1', (v) => v);
	usefulActivities(answers);
	spread(answers, 'q3', DEMO_COUNTS.q3, 'survey-demo:q3', (v) => v);
	spread(answers, 'q4', DEMO_COUNTS.q4, 'survey-demo:q4', (v) => Number(v));
	const municipalityCounts = Object.fromEntries(
		DEMO_MUNICIPALITIES.map(([slug, n]) => {
			const place = places.find((p) => p.slug === slug);
			if (!place) throw new Error(`Survey seed: municipality ${slug} is not seeded`);
			return [place.id, n];
		})
	);
	spread(answers, 'q5', municipalityCounts, 'survey-demo:q5', (v) => Number(v));
	DEMO_TEXTS.forEach((text, i) => (answers[i * 23 + 5].q6 = text));

	const surveyId = await insertSurvey(db, {
		organisationId: organisation.id,
		projectId: project.id,
		eventId: null,
		title: DEMO_SURVEY_TITLE,
		intro: DEMO_SURVEY_INTRO,
		audience: 'project',
		mode: 'anonymous',
		closesAt: new Date(FIRST_DAY + DAYS * DAY),
		sortKey: latvianSortKey(DEMO_SURVEY_TITLE.lv),
		slug: DEMO_SURVEY_SLUG,
		definition: DEMO_SURVEY_DEFINITION,
		createdBy: null,
		now: new Date(FIRST_DAY - 7 * DAY)
	});
	await db
		.update(surveys)
		.set({ status: 'closed', resultsPublishedAt: new Date(FIRST_DAY + (DAYS + 9) * DAY) })
		.where(eq(surveys.id, surveyId));
	const day = (i: number) => new Date(FIRST_DAY + Math.floor((i * DAYS) / DEMO_RESPONDENTS) * DAY).toISOString().slice(0, 10);
	const rows = answers.map((a, i) => {
		const municipalityId = typeof a.q5 === 'number' ? a.q5 : undefined;
		return { surveyId, version: 1, state: 'submitted' as const, answers: a, attributes: municipalityId ? { municipalityId } : {}, language: 'lv', startedOn: day(i), submittedOn: day(i), isDemo: true };
	});
	const inserted = await db.insert(surveyResponses).values(rows).returning({ id: surveyResponses.id, answers: surveyResponses.answers });
	// two of the free texts are shown on the public results page, as the editor would pick them
	const quoted = inserted.filter((r) => typeof r.answers.q6 === 'string').slice(0, 2);
	await db.insert(surveyQuotes).values(quoted.map((r, position) => ({ surveyId, responseId: r.id, questionId: 'q6', position })));
	await seedFeedbackSurveyDemo(db);
	return rows.length;
}
