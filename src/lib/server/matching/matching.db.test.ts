import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, mentoringMatches } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { mailsTo } from '../events/test-fixtures';
import { pairToken } from '../mentoring/tokens';
import { addMentor, saveMentorProfile } from '../mentors/flow';
import { mentorProfileSchema } from '../mentors/mentor-input';
import { findTerritoryBySlug } from '../geography/territories-repository';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { answerView } from './answer-queries';
import { matchingBoard } from './board-queries';
import { answerMatch, confirmMatch } from './match-flow';
import { addMatchingCohort } from './test-seed';

let h: DbHandle;
let org: string;
let otherOrg: string;
const STAFF = 'u-match-staff';

beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 'match-org');
	otherOrg = await addTestOrganisation(h.db, 'match-other');
	await addUser(h.db, STAFF, 'match-staff@example.lv', 'Koordinatore');
});
afterAll(async () => h?.close());

async function mentor(organisationId: string, email: string, profile: Record<string, unknown>) {
	const added = await addMentor(h.db, { actorUserId: STAFF, organisationId, name: email.split('@')[0], email, locale: 'lv' });
	const jelgava = await findTerritoryBySlug(h.db, 'municipality', 'jelgava');
	const input = mentorProfileSchema.parse({ languages: ['lv'], capacity: '2', active: 'on', homeMunicipalityId: String(jelgava!.id), ...profile });
	expect(await saveMentorProfile(h.db, { actorUserId: STAFF, organisationId, mentorId: added.id, input })).toEqual({ ok: true });
	return added.id;
}

const mentee = (email: string, over: Record<string, unknown> = {}) => ({ email, name: email.split('@')[0], sectors: ['medus'], municipality: 'jelgava', languages: ['lv'], needs: 'medus', ...over });

describe('matching board and pairs', () => {
	it('proposes a mentor with a score, confirms it, mails both sides in their language with their own link, and audits it', async () => {
		const t = await mentor(org, 'm1-mentor@example.lv', { sectors: ['medus'] });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'm1', mentees: [mentee('m1-mentee@example.lv', { locale: 'en' })] });
		const board = (await matchingBoard(h.db, { organisationId: org, cohortId, locale: 'lv' }))!;
		expect(board.mentees).toHaveLength(1);
		expect(board.mentees[0].proposal).toMatchObject({ mentorId: t, score: 100 });
		expect(board.mentees[0].proposal!.why.sameMunicipality).toBe(true);

		const r = await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'proposal' });
		expect(r.ok).toBe(true);
		const matchId = r.ok ? r.matchId : '';
		const [row] = await h.db.select({ status: mentoringMatches.status, score: mentoringMatches.score, overridden: mentoringMatches.overridden }).from(mentoringMatches).where(eq(mentoringMatches.id, matchId));
		expect(row).toEqual({ status: 'proposed', score: 100, overridden: false });

		const [toMentee] = await mailsTo(h.db, 'm1-mentee@example.lv');
		expect(toMentee.subject).toMatch(/^Mentoring:/);
		expect(toMentee.text).toContain(`/en/mentorings/atbilde?kods=${encodeURIComponent(pairToken(matchId, 'mentee'))}`);
		const [toMentor] = await mailsTo(h.db, 'm1-mentor@example.lv');
		expect(toMentor.subject).toMatch(/^Mentorings:/);
		expect(toMentor.text).toContain(`/lv/mentorings/atbilde?kods=${encodeURIComponent(pairToken(matchId, 'mentor'))}`);
		const audits = await h.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, matchId), eq(auditLog.action, 'mentoring_match.create')));
		expect(audits).toHaveLength(1);

		// the mentee has a live pair: off the board; confirming again is refused
		expect((await matchingBoard(h.db, { organisationId: org, cohortId, locale: 'lv' }))!.mentees).toHaveLength(0);
		expect(await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'proposal' })).toEqual({ ok: false, reason: 'already_matched' });
	});

	it('becomes active when both sides accept, from their own links only', async () => {
		const t = await mentor(org, 'm2-mentor@example.lv', { sectors: ['gala'] });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'm2', mentees: [mentee('m2-mentee@example.lv')] });
		const r = await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'swap' });
		const matchId = r.ok ? r.matchId : '';
		const menteeView = (await answerView(h.db, pairToken(matchId, 'mentee'), 'lv'))!;
		expect(menteeView.side).toBe('mentee');
		expect(menteeView.mentor?.name).toBe('m2-mentor');
		expect(menteeView.mentee).toBeNull();
		const mentorView = (await answerView(h.db, pairToken(matchId, 'mentor'), 'lv'))!;
		expect(mentorView.mentee).toMatchObject({ name: 'm2-mentee', needs: 'medus' });

		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentee'), answer: 'accept' })).toEqual({ ok: true, status: 'proposed' });
		// the same side again changes nothing
		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentee'), answer: 'accept' })).toEqual({ ok: true, status: 'proposed' });
		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentor'), answer: 'accept', now: new Date('2026-12-01T22:30:00Z') })).toEqual({ ok: true, status: 'active' });
		const [row] = await h.db.select({ status: mentoringMatches.status, startedOn: mentoringMatches.startedOn }).from(mentoringMatches).where(eq(mentoringMatches.id, matchId));
		// 22:30 UTC is already the next day in Riga
		expect(row).toEqual({ status: 'active', startedOn: '2026-12-02' });
		// an active pair cannot be declined from the answer page any more
		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentor'), answer: 'decline' })).toEqual({ ok: false, reason: 'not_open' });
	});

	it('a decline tells the coordinator, puts the mentee back on the board and never proposes that mentor again', async () => {
		const t = await mentor(org, 'm3-mentor@example.lv', { sectors: ['darzeni'] });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'm3', mentees: [mentee('m3-mentee@example.lv', { sectors: ['darzeni'] })] });
		const r = await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'proposal' });
		const matchId = r.ok ? r.matchId : '';
		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentor'), answer: 'decline', reason: 'Nav laika šajā pavasarī' })).toEqual({ ok: true, status: 'declined' });
		const told = await mailsTo(h.db, 'match-staff@example.lv');
		expect(told.some((mail) => mail.text.includes('Nav laika šajā pavasarī') && mail.text.includes('/darbs/saparosana/'))).toBe(true);
		const board = (await matchingBoard(h.db, { organisationId: org, cohortId, locale: 'lv' }))!;
		expect(board.mentees.map((e) => e.id)).toEqual(applicationIds);
		expect(board.mentees[0].proposal?.mentorId).not.toBe(t);
		expect(board.matches.find((x) => x.id === matchId)).toMatchObject({ status: 'declined', endReason: 'Nav laika šajā pavasarī' });
		// answering a declined pair again is refused
		expect(await answerMatch(h.db, { token: pairToken(matchId, 'mentee'), answer: 'accept' })).toEqual({ ok: false, reason: 'not_open' });
		// the coordinator can still choose that mentor by hand
		expect((await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'override' })).ok).toBe(true);
	});

	it('never goes past capacity unless overridden, and an override is flagged', async () => {
		const t = await mentor(org, 'm4-mentor@example.lv', { sectors: ['senes'], capacity: '1' });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'm4', mentees: [mentee('m4-a@example.lv'), mentee('m4-b@example.lv')] });
		expect((await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: t, mode: 'swap' })).ok).toBe(true);
		expect(await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[1], mentorId: t, mode: 'swap' })).toEqual({ ok: false, reason: 'mentor_full' });
		const board = (await matchingBoard(h.db, { organisationId: org, cohortId, locale: 'lv' }))!;
		expect(board.overrideMentors.find((x) => x.id === t)?.placesLeft).toBe(0);
		const r = await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[1], mentorId: t, mode: 'override' });
		expect(r.ok).toBe(true);
		const [row] = await h.db.select({ overridden: mentoringMatches.overridden }).from(mentoringMatches).where(eq(mentoringMatches.id, r.ok ? r.matchId : ''));
		expect(row.overridden).toBe(true);
	});

	it('refuses another organisation’s cohort or mentor, and forged or cut links', async () => {
		const foreign = await mentor(otherOrg, 'm5-foreign@example.lv', { sectors: ['medus'] });
		const { cohortId, applicationIds } = await addMatchingCohort(h.db, { organisationId: org, slug: 'm5', mentees: [mentee('m5-mentee@example.lv')] });
		expect(await matchingBoard(h.db, { organisationId: otherOrg, cohortId, locale: 'lv' })).toBeNull();
		expect(await confirmMatch(h.db, { actorUserId: STAFF, organisationId: org, cohortId, applicationId: applicationIds[0], mentorId: foreign, mode: 'override' })).toEqual({ ok: false, reason: 'not_found' });
		expect(await confirmMatch(h.db, { actorUserId: STAFF, organisationId: otherOrg, cohortId, applicationId: applicationIds[0], mentorId: foreign, mode: 'override' })).toEqual({ ok: false, reason: 'not_found' });
		const board = (await matchingBoard(h.db, { organisationId: org, cohortId, locale: 'lv' }))!;
		expect(board.overrideMentors.some((x) => x.id === foreign)).toBe(false);
		for (const bad of ['', 'nonsense', `${applicationIds[0]}.mentee.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, pairToken(applicationIds[0], 'mentee').slice(0, -2)]) {
			expect(await answerView(h.db, bad, 'lv')).toBeNull();
			expect(await answerMatch(h.db, { token: bad, answer: 'accept' })).toEqual({ ok: false, reason: 'bad_link' });
		}
	});
});
