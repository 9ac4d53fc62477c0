/**
 * A fictional open survey (marked demo) for the social-entrepreneurship project's study visit of
 * 12 May 2022: its 23 attendees have not been invited yet, so staff can try sending invitations and
 * reminders (`…/darbs/aptaujas/{id}/uzaicinajumi`) on real-looking data.
 */
import { eq } from 'drizzle-orm';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { latvianSortKey } from '../../text/collation';
import { organisations, surveys } from '../db/schema';
import type { Db } from '../db/types';
import { seedUuid } from '../seed/prng';
import { insertSurvey } from './surveys-repository';

export const FEEDBACK_SURVEY_SLUG = 'pieredzes-brauciena-atsauksmes';
const TITLE = {
	lv: 'Pieredzes brauciens pie sociālajiem uzņēmumiem: jūsu atsauksme',
	en: 'Study visit to social enterprises: your feedback',
	ro: 'Vizita de studiu la întreprinderi sociale: părerea dumneavoastră',
	ru: 'Поездка к социальным предприятиям: ваш отзыв'
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
					text: { lv: 'Cik noderīgs jums bija brauciens?', en: 'How useful was the visit to you?', ro: 'Cât de utilă v-a fost vizita?', ru: 'Насколько полезной была для вас поездка?' },
					scale: { min: 1, max: 5, minLabel: { lv: 'Nemaz', en: 'Not at all' }, maxLabel: { lv: 'Ļoti', en: 'Very' } }
				},
				{
					id: 'q2',
					type: 'multi',
					required: false,
					maxSelections: 2,
					text: { lv: 'Kas jums deva visvairāk?', en: 'What gave you the most?', ro: 'Ce v-a oferit cel mai mult?', ru: 'Что дало вам больше всего?' },
					options: [
						{ id: 'o1', label: { lv: 'Sarunas ar uzņēmējiem', en: 'Talking to the entrepreneurs' } },
						{ id: 'o2', label: { lv: 'Ražošanas apskate', en: 'Seeing the production' } },
						{ id: 'o3', label: { lv: 'Kontakti ar citiem dalībniekiem', en: 'Contacts with other participants' } }
					]
				},
				{ id: 'q3', type: 'long_text', required: false, text: { lv: 'Ko ieteiktu nākamajam braucienam?', en: 'What would you suggest for the next visit?' } }
			]
		}
	]
};

export async function seedFeedbackSurveyDemo(db: Db): Promise<void> {
	await db.delete(surveys).where(eq(surveys.slug, FEEDBACK_SURVEY_SLUG));
	const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'pierigas-partneriba'));
	if (!organisation) throw new Error('Survey seed: pierigas-partneriba is not seeded');
	const id = await insertSurvey(db, {
		organisationId: organisation.id,
		projectId: null,
		// the demo events have fixed ids (events/demo.ts), seeded before the surveys
		eventId: seedUuid('event:social-study-visit'),
		title: TITLE,
		intro: { lv: 'Trīs jautājumi par braucienu; atbildes ir anonīmas.', en: 'Three questions about the visit; the answers are anonymous.' },
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
