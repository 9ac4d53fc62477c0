import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { mailOutbox, surveyInvitations, surveyRespondents, surveyResponses, surveys } from '$lib/server/db/schema';
import { addTestOrganisation } from '$lib/server/people/test-fixtures';
import { addTestEvent, confirmedPerson } from '$lib/server/events/test-fixtures';
import { insertParticipation } from '$lib/server/participation/participations-repository';
import { addUser } from '$lib/server/people/test-fixtures';
import { anonymisePerson, mergePeople } from '$lib/server/people/flow';
import { collectPersonalData } from '$lib/server/auth/personal-data';
import { deleteAccount } from '$lib/server/auth/account-deletion';
import { latvianSortKey } from '$lib/text/collation';
import { answerSurvey, loadAnswerPage, SURVEY_RESPONSE_LIMITS } from './answer-flow';
import { ANSWER_TEST_DEFINITION } from './answer-test-surveys';
import { insertSurvey } from './surveys-repository';
import { hashSurveyToken } from './tokens';

let h: DbHandle;
let orgId: string;
beforeAll(async () => {
	h = await openTestDb();
	orgId = await addTestOrganisation(h.db, 'aptauju-org');
});
afterAll(async () => h?.close());

async function survey(slug: string, x: { status?: 'draft' | 'open' | 'closed'; mode?: 'anonymous' | 'identified' } = {}): Promise<string> {
	const id = await insertSurvey(h.db, {
		organisationId: orgId,
		projectId: null,
		eventId: null,
		title: { lv: slug },
		intro: { lv: '' },
		audience: 'link',
		mode: x.mode ?? 'anonymous',
		closesAt: null,
		sortKey: latvianSortKey(slug),
		slug,
		definition: ANSWER_TEST_DEFINITION,
		createdBy: null,
		now: new Date()
	});
	await h.db.update(surveys).set({ status: x.status ?? 'open' }).where(eq(surveys.id, id));
	return id;
}

async function invite(surveyId: string, email: string): Promise<{ token: string; personId: string }> {
	const person = await confirmedPerson(h.db, email);
	const token = `invitation-token-${email.replace(/\W/g, '')}-xxxxxxxx`;
	await h.db.insert(surveyInvitations).values({ surveyId, personId: person.id, tokenHash: hashSurveyToken(token) });
	return { token, personId: person.id };
}

const good: [string, string][] = [
	['q_q1', 'o3'],
	['q_q2', 'Bibliotēkā'],
	['q_q3', '4'],
	['q_q5__i1', '5']
];
const at = new Date('2026-12-06T22:30:00Z'); // already 7 December in Riga (UTC+2)
const answer = (slug: string, extra: Partial<Parameters<typeof answerSurvey>[1]> = {}) =>
	answerSurvey(h.db, { slug, locale: 'en', entries: good, intent: 'submit', ip: '10.0.0.1', now: at, ...extra });

describe('answering a survey', () => {
	it('stores an anonymous response with dates only and no person', async () => {
		const id = await survey('anonima');
		expect(await answer('anonima')).toEqual({ ok: true, kind: 'submitted' });
		const [row] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(row).toMatchObject({ personId: null, state: 'submitted', version: 1, language: 'en', startedOn: '2026-12-07', submittedOn: '2026-12-07', resumeTokenHash: null });
		expect(row.answers).toEqual({ q1: 'o3', q2: 'Bibliotēkā', q3: 4, q5: { i1: 5 } });
	});

	it('drops an answer whose condition is not met and reports required ones, keeping what was typed', async () => {
		await survey('nosacijumi');
		const r = await answer('nosacijumi', { entries: [['q_q1', 'o1'], ['q_q2', 'nevajag'], ['q_q7', 'daudz']] });
		expect(r).toMatchObject({ ok: false, reason: 'invalid', errors: { q3: 'required', q7: 'not_a_number' } });
		if (!r.ok && r.reason !== 'not_found') expect(r.answers.q2).toBe('nevajag');
	});

	it('refuses a closed survey but gives back what was typed; a draft is not found', async () => {
		await survey('slegta', { status: 'closed' });
		await survey('melnraksts', { status: 'draft' });
		const r = await answer('slegta');
		expect(r).toMatchObject({ ok: false, reason: 'closed', answers: { q1: 'o3', q2: 'Bibliotēkā' } });
		expect(await answer('melnraksts')).toEqual({ ok: false, reason: 'not_found' });
		expect(await loadAnswerPage(h.db, 'melnraksts', {})).toBeNull();
		expect((await loadAnswerPage(h.db, 'slegta', {}))?.refusal).toBe('closed');
		// past its closing time it is closed, whatever its status says
		const late = await survey('nokavets');
		await h.db.update(surveys).set({ closesAt: new Date(at.getTime() - 1000) }).where(eq(surveys.id, late));
		expect(await answer('nokavets')).toMatchObject({ ok: false, reason: 'closed' });
	});

	it('takes one response per invitation; an anonymous response does not name the person', async () => {
		const id = await survey('ieluguma');
		const { token, personId } = await invite(id, 'ieluguma@example.lv');
		expect(await answer('ieluguma', { invitationToken: token })).toEqual({ ok: true, kind: 'submitted' });
		expect(await answer('ieluguma', { invitationToken: token })).toMatchObject({ ok: false, reason: 'already_answered' });
		expect((await loadAnswerPage(h.db, 'ieluguma', { invitationToken: token }))?.refusal).toBe('already_answered');
		const responses = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(responses.map((r) => r.personId)).toEqual([null]);
		const [inv] = await h.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, id));
		expect(inv).toMatchObject({ status: 'responded', respondedOn: '2026-12-07' });
		expect(await h.db.select().from(surveyRespondents).where(eq(surveyRespondents.surveyId, id))).toEqual([{ surveyId: id, personId, respondedOn: '2026-12-07' }]);
		expect(await answer('ieluguma', { invitationToken: 'not-a-real-token-at-all-xxxx' })).toMatchObject({ ok: false, reason: 'invitation_unknown' });
	});

	it('a response carries the attendee’s event and registration facts for breakdowns, never their name', async () => {
		const eventId = await addTestEvent(h.db, orgId, { inHours: -30 });
		const id = await survey('atributi');
		await h.db.update(surveys).set({ audience: 'event_attendees', eventId }).where(eq(surveys.id, id));
		const { token, personId } = await invite(id, 'atributi@example.lv');
		await insertParticipation(h.db, { activityKind: 'event', activityId: eventId, organisationId: orgId, personId, registration: 'registered', attendance: 'attended', at: new Date(), gender: 'female', ageBand: '35-44' });
		expect(await answer('atributi', { invitationToken: token })).toEqual({ ok: true, kind: 'submitted' });
		const rows = await h.db.select({ personId: surveyResponses.personId, attributes: surveyResponses.attributes }).from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(rows).toEqual([{ personId: null, attributes: { eventId, gender: 'female', ageBand: '35-44' } }]);
		// a survey for an event's attendees is not answered by its bare link
		expect(await answer('atributi', { ip: '10.0.0.9' })).toMatchObject({ ok: false, reason: 'invitation_needed' });
	});

	it('an identified survey names the person and needs an invitation', async () => {
		const id = await survey('identificeta', { mode: 'identified' });
		expect(await answer('identificeta')).toMatchObject({ ok: false, reason: 'invitation_needed' });
		const { token, personId } = await invite(id, 'identificeta@example.lv');
		// saving mails the known person their link (with the invitation, so submitting from it marks it answered)
		const saved = await answer('identificeta', { invitationToken: token, intent: 'save' });
		expect(saved).toMatchObject({ ok: true, kind: 'saved', mailed: true });
		const [mail] = await h.db.select({ text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, 'identificeta@example.lv'));
		expect(mail.text).toContain(`kods=${token}`);
		expect(await answer('identificeta', { invitationToken: token })).toEqual({ ok: true, kind: 'submitted' });
		const [row] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(row.personId).toBe(personId);
	});

	it('saves for later without required answers, resumes and submits the same row', async () => {
		const id = await survey('turpinat');
		const saved = await answer('turpinat', { intent: 'save', entries: [['q_q1', 'o2']] });
		if (!saved.ok || saved.kind !== 'saved') throw new Error('not saved');
		// anonymous: no address is asked for and nothing is mailed
		expect(saved.mailed).toBe(false);
		const page = await loadAnswerPage(h.db, 'turpinat', { resumeToken: saved.resumeToken });
		expect(page?.answers).toEqual({ q1: 'o2' });
		const [before] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(before).toMatchObject({ state: 'in_progress', resumeTokenHash: hashSurveyToken(saved.resumeToken) });
		expect(await answer('turpinat', { resumeToken: saved.resumeToken, entries: [['q_q1', 'o2'], ['q_q3', '2']] })).toEqual({ ok: true, kind: 'submitted' });
		const rows = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ id: before.id, state: 'submitted', resumeTokenHash: null, answers: { q1: 'o2', q3: 2 } });
		expect((await loadAnswerPage(h.db, 'turpinat', { resumeToken: saved.resumeToken }))?.refusal).toBe('resume_unknown');
	});

	it('limits open-link responses per address and rolls the refused one back', async () => {
		const id = await survey('limits');
		const limit = SURVEY_RESPONSE_LIMITS.perIp.limit;
		for (let i = 0; i < limit; i++) expect(await answer('limits', { ip: '10.9.9.9' })).toMatchObject({ ok: true });
		expect(await answer('limits', { ip: '10.9.9.9' })).toMatchObject({ ok: false, reason: 'rate_limited', answers: { q1: 'o3' } });
		expect(await answer('limits', { ip: '10.9.9.8' })).toMatchObject({ ok: true });
		expect(await h.db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, id))).toHaveLength(limit + 1);
	});

	it('identified answers are in the person’s download; deleting the account or anonymising unlinks them', async () => {
		const id = await survey('personas-dati', { mode: 'identified' });
		const { token, personId } = await invite(id, 'dati@example.lv');
		await answer('personas-dati', { invitationToken: token });
		await addUser(h.db, 'dati-user', 'dati@example.lv');
		const download = (await collectPersonalData(h.db, 'dati-user')).surveys as { identifiedResponses: { answers: unknown }[]; answered: unknown[] };
		expect(download.identifiedResponses).toEqual([expect.objectContaining({ answers: { q1: 'o3', q2: 'Bibliotēkā', q3: 4, q5: { i1: 5 } } })]);
		expect(download.answered).toHaveLength(1);
		await deleteAccount(h.db, 'dati-user');
		await h.db.transaction((tx) => anonymisePerson(tx, personId));
		const [row] = await h.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(row.personId).toBeNull();
	});

	it('merging two people who both answered keeps one invitation and one "answered" record', async () => {
		const id = await survey('apvienot', { mode: 'identified' });
		const a = await invite(id, 'apvienot-a@example.lv');
		const b = await invite(id, 'apvienot-b@example.lv');
		await answer('apvienot', { invitationToken: a.token });
		await answer('apvienot', { invitationToken: b.token });
		await addUser(h.db, 'apvienotajs', 'apvienotajs@example.lv');
		const merged = await mergePeople(h.db, { actorUserId: 'apvienotajs', organisationId: null, survivorId: a.personId, mergedId: b.personId });
		expect(merged).toMatchObject({ ok: true, moved: { surveys: 0 } });
		expect(await h.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, id))).toHaveLength(1);
		expect(await h.db.select().from(surveyRespondents).where(eq(surveyRespondents.surveyId, id))).toHaveLength(1);
		const responses = await h.db.select({ personId: surveyResponses.personId }).from(surveyResponses).where(eq(surveyResponses.surveyId, id));
		expect(responses.map((r) => r.personId).sort()).toEqual([a.personId, null].sort());
	});
});
