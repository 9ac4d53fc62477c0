/**
 * Surveys the answer form's browser test answers (tests/e2e/surveys/answer.spec.ts), seeded only
 * when SEED_TEST_SURVEYS=1 (playwright.config.ts): the demo surveys are another piece of work, and
 * the test must not depend on them. One open anonymous survey with every question type and a
 * condition, and a closed one with the same questions.
 */
import { eq } from 'drizzle-orm';
import { latvianSortKey } from '$lib/text/collation';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { organisations, surveys } from '../db/schema';
import type { Db } from '../db/types';
import { insertSurvey } from './surveys-repository';

const opt = (id: string, lv: string, en: string) => ({ id, label: { lv, en } });

export const ANSWER_TEST_DEFINITION: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			title: { lv: 'Par pasākumu', en: 'About the event' },
			questions: [
				{ id: 'q1', type: 'single', text: { lv: 'Kā uzzinājāt par pasākumu?', en: 'How did you hear about the event?' }, required: true, options: [opt('o1', 'No draugiem', 'From friends'), opt('o2', 'Internetā', 'Online'), opt('o3', 'Citur', 'Elsewhere')] },
				{ id: 'q2', type: 'short_text', text: { lv: 'Kur tieši?', en: 'Where exactly?' }, required: false, showIf: { questionId: 'q1', anyOf: ['o3'] } },
				{ id: 'q3', type: 'scale', text: { lv: 'Cik noderīgs bija pasākums?', en: 'How useful was the event?' }, required: true, scale: { min: 1, max: 5, minLabel: { lv: 'Nemaz', en: 'Not at all' }, maxLabel: { lv: 'Ļoti', en: 'Very' } } },
				{ id: 'q4', type: 'multi', text: { lv: 'Kas patika?', en: 'What did you like?' }, required: false, maxSelections: 2, options: [opt('o1', 'Lekcijas', 'Talks'), opt('o2', 'Ēdiens', 'Food'), opt('o3', 'Cilvēki', 'People')] }
			]
		},
		{
			id: 's2',
			title: { lv: 'Par jums', en: 'About you' },
			questions: [
				{ id: 'q5', type: 'matrix', text: { lv: 'Novērtējiet', en: 'Rate' }, required: false, items: [opt('i1', 'Telpas', 'Rooms'), opt('i2', 'Laiks', 'Timing')], scale: { min: 1, max: 5 } },
				{ id: 'q6', type: 'yes_no', text: { lv: 'Vai ieteiktu citiem?', en: 'Would you recommend it?' }, required: false },
				{ id: 'q7', type: 'number', text: { lv: 'Cik gadus saimniekojat?', en: 'How many years have you been farming?' }, required: false, min: 0, max: 80, integer: true },
				{ id: 'q8', type: 'municipality', text: { lv: 'Jūsu novads', en: 'Your municipality' }, required: false },
				{ id: 'q9', type: 'long_text', text: { lv: 'Ko mainītu?', en: 'What would you change?' }, required: false }
			]
		}
	]
};

export const ANSWER_TEST_SLUGS = { open: 'tst-aptauja-atverta', closed: 'tst-aptauja-slegta' } as const;

export async function seedAnswerTestSurveys(db: Db): Promise<void> {
	const [org] = await db.select({ id: organisations.id }).from(organisations).limit(1);
	if (!org) return;
	const now = new Date();
	for (const [status, slug] of [['open', ANSWER_TEST_SLUGS.open], ['closed', ANSWER_TEST_SLUGS.closed]] as const) {
		const title = { lv: status === 'open' ? 'Pasākuma atsauksmes' : 'Pagājušā gada aptauja', en: status === 'open' ? 'Event feedback' : "Last year's survey" };
		const id = await insertSurvey(db, {
			organisationId: org.id,
			projectId: null,
			eventId: null,
			title,
			intro: { lv: 'Paldies, ka atradāt laiku.', en: 'Thank you for your time.' },
			audience: 'link',
			mode: 'anonymous',
			closesAt: null,
			sortKey: latvianSortKey(title.lv),
			slug,
			definition: ANSWER_TEST_DEFINITION,
			createdBy: null,
			now
		});
		await db.update(surveys).set({ status }).where(eq(surveys.id, id));
	}
}
