import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { territories } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { addTestEvent, confirmedPerson } from '../events/test-fixtures';
import { insertParticipation } from '../participation/participations-repository';
import { addTestOrganisation } from '../people/test-fixtures';
import { answeredMunicipality, respondentAttributes } from './attributes';

let h: DbHandle;
let organisationId: string;
const NOW = new Date();
const DEFINITION: SurveyDefinition = { sections: [{ id: 's1', questions: [{ id: 'q1', type: 'municipality', required: false, text: { lv: 'Novads?' } }] }] };

let municipality: number;
beforeAll(async () => {
	h = await openTestDb();
	organisationId = await addTestOrganisation(h.db, 'attr-org');
	const [row] = await h.db.select({ id: territories.id }).from(territories).where(eq(territories.slug, 'jelgavas-novads'));
	municipality = row.id;
});
afterAll(async () => h?.close());

describe('what a response is broken down by', () => {
	it('takes the event, municipality, gender and age band the attendee gave when registering', async () => {
		const eventId = await addTestEvent(h.db, organisationId, { inHours: -30 });
		const person = await confirmedPerson(h.db, 'attr-1@example.lv');
		await insertParticipation(h.db, { activityKind: 'event', activityId: eventId, organisationId, personId: person.id, registration: 'registered', attendance: 'attended', at: NOW, municipalityId: municipality, gender: 'female', ageBand: '25-34' });
		const survey = { audience: 'event_attendees' as const, eventId, projectId: null };
		expect(await respondentAttributes(h.db, survey, person.id, DEFINITION, { q1: 9 })).toEqual({ eventId, municipalityId: municipality, gender: 'female', ageBand: '25-34' });
	});

	it('without a person (an anonymous link) keeps the event and the answered municipality only', async () => {
		const eventId = await addTestEvent(h.db, organisationId, { inHours: -30 });
		const survey = { audience: 'event_attendees' as const, eventId, projectId: null };
		expect(await respondentAttributes(h.db, survey, null, DEFINITION, { q1: 9 })).toEqual({ eventId, municipalityId: 9 });
		expect(await respondentAttributes(h.db, { audience: 'link', eventId: null, projectId: null }, null, DEFINITION, {})).toEqual({});
	});

	it('reads only a whole-number municipality answer', () => {
		expect(answeredMunicipality(DEFINITION, { q1: 12 })).toBe(12);
		expect(answeredMunicipality(DEFINITION, { q1: 'Rīga' })).toBeUndefined();
		expect(answeredMunicipality(DEFINITION, {})).toBeUndefined();
	});
});
