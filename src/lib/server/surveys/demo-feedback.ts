/**
 * A fictional open survey (marked demo) for the fictional labelling workshop that ended last week
 * (events/demo-data.ts): its 15 attendees have not been invited yet, so staff can try sending
 * invitations and reminders (`…/darbs/aptaujas/{id}/uzaicinajumi`).
 */
import { eq } from 'drizzle-orm';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { latvianSortKey } from '../../text/collation';
import { organisations, surveys } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import { insertSurvey } from './surveys-repository';

export const FEEDBACK_SURVEY_SLUG = 'etiketu-darbnicas-atsauksmes';
export const FEEDBACK_SURVEY_ID = seedUuid(`survey:${FEEDBACK_SURVEY_SLUG}`);
const TITLE = {
	lv: 'Etiķešu darbnīca: jūsu atsauksme',
	en: 'Labelling workshop: your feedback',
	ro: 'Atelierul despre etichete: părerea dumneavoastră',
	ru: 'Мастерская об этикетках: ваш отзыв'
};

const DEFINITION: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			questions: [
				{
					id: 'q1',
					type: 'scale',
					required: true,
					text: { lv: 'Cik noderīga jums bija darbnīca?', en: 'How useful was the workshop to you?', ro: 'Cât de util v-a fost atelierul?', ru: 'Насколько полезной была для вас мастерская?' },
					scale: { min: 1, max: 5, minLabel: { lv: 'Nemaz', en: 'Not at all' }, maxLabel: { lv: 'Ļoti', en: 'Very' } }
				},
				{
					id: 'q2',
					type: 'multi',
					required: false,
					maxSelections: 2,
					text: { lv: 'Kas jums deva visvairāk?', en: 'What gave you the most?', ro: 'Ce v-a oferit cel mai mult?', ru: 'Что дало вам больше всего?' },
					options: [
						{ id: 'o1', label: { lv: 'Obligātās informācijas saraksts', en: 'The list of what a label must say' } },
						{ id: 'o2', label: { lv: 'Savu etiķešu izvērtēšana', en: 'Reviewing our own labels' } },
						{ id: 'o3', label: { lv: 'Kontakti ar citiem mājražotājiem', en: 'Contacts with other home producers' } }
					]
				},
				{ id: 'q3', type: 'long_text', required: false, text: { lv: 'Par ko vēlētos nākamo darbnīcu?', en: 'What should the next workshop be about?' } }
			]
		}
	]
};

export async function seedFeedbackSurveyDemo(db: Db): Promise<void> {
	await db.delete(surveys).where(eq(surveys.slug, FEEDBACK_SURVEY_SLUG));
	const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'pierigas-partneriba'));
	if (!organisation) throw new Error('Survey seed: pierigas-partneriba is not seeded');
	const id = await insertSurvey(db, {
		// a fixed id: the browser tests open its staff pages
		id: FEEDBACK_SURVEY_ID,
		organisationId: organisation.id,
		projectId: null,
		// the demo events have fixed ids (events/demo.ts), seeded before the surveys
		eventId: seedUuid('event:demo-labelling-workshop'),
		title: TITLE,
		intro: { lv: 'Trīs jautājumi par darbnīcu; atbildes ir anonīmas.', en: 'Three questions about the workshop; the answers are anonymous.' },
		audience: 'event_attendees',
		mode: 'anonymous',
		closesAt: null,
		sortKey: latvianSortKey(TITLE.lv),
		slug: FEEDBACK_SURVEY_SLUG,
		definition: DEFINITION,
		createdBy: null,
		isDemo: true,
		now: new Date('2026-11-20T09:00:00Z')
	});
	await db.update(surveys).set({ status: 'open' }).where(eq(surveys.id, id));
}
