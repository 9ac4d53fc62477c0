/**
 * Test data for the results (data and unit tests): the seed story's survey — 169 participants of a
 * social-entrepreneurship project, 78 of them say it widened their view, and what was most useful
 * (88 video lectures and handbook, 74 introductory events, 56 the business-idea lab; several allowed).
 */
import type { SurveyAnswers, SurveyDefinition, SurveyRespondentAttributes } from '$lib/domain/survey/types';
import { eq } from 'drizzle-orm';
import { surveyResponses, surveys } from '../db/schema';
import type { Db } from '../db/types';
import { insertSurvey } from './surveys-repository';

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

export async function insertStorySurvey(db: Db, organisationId: string, slug: string, count = 169, now = new Date('2026-11-20T10:00:00Z')): Promise<string> {
	const id = await insertSurvey(db, {
		organisationId,
		projectId: null,
		eventId: null,
		title: { lv: 'Sociālās uzņēmējdarbības projekta aptauja', en: 'Social-entrepreneurship project survey' },
		intro: { lv: '' },
		audience: 'link',
		mode: 'anonymous',
		closesAt: null,
		sortKey: slug,
		slug,
		definition: STORY_DEFINITION,
		createdBy: null,
		now
	});
	await db.update(surveys).set({ status: 'closed' }).where(eq(surveys.id, id));
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
