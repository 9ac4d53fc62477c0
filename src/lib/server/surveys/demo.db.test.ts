import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { definitionSchema } from '$lib/domain/survey/types';
import type { DbHandle } from '../db/client';
import { surveyQuotes, surveyResponses } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { DEMO_SURVEY_SLUG, DEMO_SURVEY_TITLE } from './demo-data';
import { organisationSurveysSlot, projectSurveysSlot } from './page-slots';
import { seedSurveyDemo } from './demo';
import { FEEDBACK_SURVEY_SLUG } from './demo-feedback';
import { invitationsPage } from './invitation-queries';
import { listParticipationFacts } from '../participation/participations-repository';
import { findSurveyBySlug, findSurveyVersion } from './surveys-repository';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

async function demoResponses() {
	const survey = await findSurveyBySlug(h.db, DEMO_SURVEY_SLUG);
	expect(survey, 'the demo survey is seeded').not.toBeNull();
	const rows = await h.db
		.select({ answers: surveyResponses.answers, personId: surveyResponses.personId, submittedOn: surveyResponses.submittedOn, state: surveyResponses.state })
		.from(surveyResponses)
		.where(eq(surveyResponses.surveyId, survey!.id));
	return { survey: survey!, rows };
}

const percent = (part: number, whole: number) => Math.round((100 * part) / whole);

describe('the demo survey (seed document 002: 169 respondents)', () => {
	it('gives exactly the published percentages: 46 % widened their view; 52 %, 44 %, 33 % found the activities most useful', async () => {
		const { survey, rows } = await demoResponses();
		expect(rows).toHaveLength(169);
		expect(rows.every((r) => r.state === 'submitted')).toBe(true);
		const chose = (q: string, o: string) => rows.filter((r) => (Array.isArray(r.answers[q]) ? (r.answers[q] as string[]).includes(o) : r.answers[q] === o)).length;
		expect([chose('q1', 'o1'), percent(chose('q1', 'o1'), 169)]).toEqual([78, 46]);
		expect([chose('q2', 'o1'), chose('q2', 'o2'), chose('q2', 'o3')]).toEqual([88, 74, 56]);
		expect([88, 74, 56].map((n) => percent(n, 169))).toEqual([52, 44, 33]);
		// the multi-select is required: every respondent chose at least one activity
		expect(rows.every((r) => Array.isArray(r.answers.q2) && (r.answers.q2 as string[]).length > 0)).toBe(true);
		// nine starting a social enterprise, nine already running one
		expect([chose('q3', 'o1'), chose('q3', 'o2')]).toEqual([9, 9]);
		expect(survey.status).toBe('closed');
		expect(survey.resultsPublishedAt).not.toBeNull();
	});

	it('is anonymous: no response names a person, and only days are kept', async () => {
		const { survey, rows } = await demoResponses();
		expect(survey.mode).toBe('anonymous');
		expect(rows.every((r) => r.personId === null)).toBe(true);
		expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.submittedOn)))).toBe(true);
	});

	it('stores a definition the schema accepts, and two picked quotes', async () => {
		const { survey } = await demoResponses();
		const definition = await findSurveyVersion(h.db, survey.id, 1);
		expect(definitionSchema.safeParse(definition).success).toBe(true);
		const quotes = await h.db.select({ q: surveyQuotes.questionId }).from(surveyQuotes).where(eq(surveyQuotes.surveyId, survey.id));
		expect(quotes.map((q) => q.q)).toEqual(['q6', 'q6']);
	});

	it('has an open feedback survey whose workshop attendees are still to be invited', async () => {
		const survey = await findSurveyBySlug(h.db, FEEDBACK_SURVEY_SLUG);
		expect(survey?.status).toBe('open');
		const page = await invitationsPage(h.db, { organisationId: survey!.organisationId, surveyId: survey!.id, withPeople: true, locale: 'lv', now: new Date() });
		const attended = (await listParticipationFacts(h.db, { kinds: ['event'], activityId: survey!.eventId! })).filter((f) => f.attendance === 'attended');
		expect(attended.length).toBe(15);
		expect(page?.toInvite).toEqual({ count: attended.length, unconfirmed: 0 });
		expect(page?.rows).toEqual([]);
	});

	it('the project’s public page links to the published results with the number who answered', async () => {
		const { survey } = await demoResponses();
		const slot = await projectSurveysSlot({ db: h.db, id: survey.projectId!, slug: 'veiksmigs-socialais-uznemejs-lauku-teritorija', locale: 'lv', now: new Date() });
		expect(slot?.items).toEqual([{ title: DEMO_SURVEY_TITLE.lv, lang: 'lv', href: `/lv/aptaujas/${DEMO_SURVEY_SLUG}/rezultati`, meta: '169 respondenti' }]);
		// the open feedback survey's results are not published: its organisation page lists only the closing survey
		const organisation = await organisationSurveysSlot({ db: h.db, id: survey.organisationId, slug: 'pierigas-partneriba', locale: 'en', now: new Date() });
		expect(organisation?.items.map((i) => [i.title, i.meta])).toEqual([[DEMO_SURVEY_TITLE.en, '169 respondents']]);
	});

	it('seeding again replaces the survey instead of adding a second one', async () => {
		await seedSurveyDemo(h.db);
		const { rows } = await demoResponses();
		expect(rows).toHaveLength(169);
	});
});
