/** Programmes for data tests: a published programme of an organisation with one published cohort taking applications. */
import { parseWith, formValues } from '$lib/forms/parse';
import { cohortSchema, programmeSchema } from '$lib/forms/programmes';
import { addQuestion, newQuestion } from '$lib/domain/survey/builder-ops';
import { rigaDate } from '$lib/domain/programme/phase';
import type { Db } from '../db/types';
import { changeApplicationForm } from './form-flow';
import { saveCohort, saveProgramme } from './manage-flow';

function parsed<T>(schema: Parameters<typeof parseWith>[0], fields: Record<string, string | string[]>): T {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
	const out = parseWith(schema, { ...formValues(f), languages: f.getAll('languages') });
	if (!out.ok) throw new Error(JSON.stringify(out.errors));
	return out.data as T;
}

const DAY = 86_400_000;
const day = (offset: number) => rigaDate(new Date(Date.now() + offset * DAY));

export async function addTestProgramme(db: Db, who: { actorUserId: string; organisationId: string }, x: { title?: string; kind?: string; status?: string; capacity?: string; opens?: number; closes?: number } = {}) {
	const programme = await saveProgramme(db, { ...who, programmeId: null, data: parsed(programmeSchema, { kind: x.kind ?? 'mentoring', 'title.lv': x.title ?? 'Sociālās uzņēmējdarbības mentorings', 'title.en': 'Social enterprise mentoring', status: x.status ?? 'published' }) });
	if (!programme.ok) throw new Error('programme');
	const cohort = await saveCohort(db, {
		...who,
		programmeId: programme.id,
		cohortId: null,
		data: parsed(cohortSchema, { 'title.lv': 'Pavasara kohorta', startsOn: day(30), endsOn: day(180), opensOn: day(x.opens ?? -1), closesOn: day(x.closes ?? 20), capacity: x.capacity ?? '', languages: ['lv', 'en'], status: 'published' })
	});
	if (!cohort.ok) throw new Error('cohort');
	// one required question: what the business idea is
	const form = await changeApplicationForm(db, {
		...who,
		programmeId: programme.id,
		cohortId: cohort.id,
		op: 'add_question',
		change: ({ definition, newId }) => addQuestion(definition, 's1', { ...newQuestion('short_text', newId('q'), 'Jūsu ideja', [], () => newId('o')), required: true })
	});
	if (!form.ok) throw new Error('form');
	return { programmeId: programme.id, cohortId: cohort.id };
}
