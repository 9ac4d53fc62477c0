/**
 * Test data for the results (data and unit tests): the seed story's survey — 169 participants of a
 * social-entrepreneurship project, 78 of them say it widened their view, and what was most useful
 * (88 video lectures and handbook, 74 introductory events, 56 the business-idea lab; several allowed).
 */
import type { LocalizedText } from '$lib/domain/types';
import type { SurveyAnswers, SurveyDefinition, SurveyRespondentAttributes } from '$lib/domain/survey/types';
import { eq, inArray } from 'drizzle-orm';
import { organisations, surveyResponses, surveys, surveyVersions } from '../db/schema';
import type { Db } from '../db/types';

export const STORY_DEFINITION: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			questions: [
				{ id: 'widened', type: 'yes_no', text: { lv: 'Vai projekts paplašināja jūsu redzesloku?', en: 'Did the project widen your view?' }, required: true },
				{
					id: 'useful',
					type: 'multi',
					text: { lv: 'Kas bija visnoderīgākais?', en: 'What was most useful?' },
					required: true,
					options: [
						{ id: 'video', label: { lv: 'Video lekcijas un rokasgrāmata', en: 'Video lectures and handbook' } },
						{ id: 'intro', label: { lv: 'Ievadpasākumi', en: 'Introductory events' } },
						{ id: 'lab', label: { lv: 'Biznesa ideju laboratorija', en: 'Business-idea lab' } }
					]
				},
				{ id: 'rating', type: 'scale', text: { lv: 'Kopējais vērtējums', en: 'Overall rating' }, required: false, scale: { min: 1, max: 5 } },
				{ id: 'comment', type: 'long_text', text: { lv: 'Ko vēlaties piebilst?', en: 'Anything to add?' }, required: false }
			]
		}
	]
};

/** The answers of respondent i of 169 (every one chooses at least one useful thing). */
export function storyAnswers(i: number): { answers: SurveyAnswers; attributes: SurveyRespondentAttributes } {
	const useful: string[] = [];
	if (i < 88) useful.push('video');
	if (i >= 81 && i < 155) useful.push('intro');
	if (i < 42 || i >= 155) useful.push('lab');
	const answers: SurveyAnswers = { widened: i < 78 ? 'yes' : 'no', useful, rating: (i % 5) + 1 };
	if (i === 0) answers.comment = '=HYPERLINK("https://example.com","klikšķiniet")';
	if (i === 1) answers.comment = 'Laboratorija deva drosmi sākt savu uzņēmumu.';
	// gender known for most; 3 respondents say "other" (a group too small to show)
	const gender = i < 3 ? 'other' : i % 3 ? 'female' : 'male';
	return { answers, attributes: { gender, ageBand: i % 3 ? '25-44' : '45-64' } };
}

type StoryOptions = { id?: string; title?: LocalizedText; count?: number; published?: boolean; now?: Date };

export async function insertStorySurvey(db: Db, organisationId: string, slug: string, o: StoryOptions = {}): Promise<string> {
	const now = o.now ?? new Date('2026-11-20T10:00:00Z');
	const count = o.count ?? 169;
	// a fixed id when given: browser tests open the workspace page by it
	const [row] = await db
		.insert(surveys)
		.values({
			...(o.id ? { id: o.id } : {}),
			organisationId,
			title: o.title ?? { lv: 'Sociālās uzņēmējdarbības projekta aptauja', en: 'Social-entrepreneurship project survey' },
			slug,
			sortKey: slug,
			audience: 'link',
			mode: 'anonymous',
			currentVersion: 1,
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: surveys.id });
	const id = row.id;
	await db.insert(surveyVersions).values({ surveyId: id, version: 1, definition: STORY_DEFINITION, createdAt: now });
	await db.update(surveys).set({ status: 'closed', resultsPublishedAt: o.published ? now : null }).where(eq(surveys.id, id));
	const rows = Array.from({ length: count }, (_, i) => ({
		surveyId: id,
		version: 1,
		state: 'submitted' as const,
		...storyAnswers(i),
		startedOn: '2026-11-20',
		submittedOn: '2026-11-20'
	}));
	await db.insert(surveyResponses).values(rows);
	// one answer still in progress: never counted
	await db.insert(surveyResponses).values({ surveyId: id, version: 1, answers: { widened: 'yes' }, startedOn: '2026-11-21' });
	return id;
}

/**
 * The browser tests' surveys (results pages, API): two copies of the story at Pierīgas partnerība,
 * one with its results published and one not. Stand-ins until the coordinator's demo survey lands;
 * skipped when they exist.
 */
export const RESULTS_FIXTURE_SLUGS = { published: 'socialas-uznemejdarbibas-projekta-aptauja', unpublished: 'ievadpasakumu-aptauja' } as const;
export const RESULTS_FIXTURE_UNPUBLISHED_ID = '5e1f0000-0000-4000-8000-000000000169';

export async function seedSurveyResultsFixture(db: Db): Promise<void> {
	const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'pierigas-partneriba'));
	if (!org) return;
	const [found] = await db.select({ id: surveys.id }).from(surveys).where(inArray(surveys.slug, Object.values(RESULTS_FIXTURE_SLUGS)));
	if (found) return;
	await insertStorySurvey(db, org.id, RESULTS_FIXTURE_SLUGS.published, { published: true });
	await insertStorySurvey(db, org.id, RESULTS_FIXTURE_SLUGS.unpublished, { id: RESULTS_FIXTURE_UNPUBLISHED_ID, title: { lv: 'Ievadpasākumu dalībnieku aptauja', en: 'Survey of the introductory events’ participants' } });
}
