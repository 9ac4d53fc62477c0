import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, mentoringMatches, mentoringNudges } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { mailsTo } from '../events/test-fixtures';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { can, type Principal } from '../auth/permissions';
import { addDays } from '../insight/weeks';
import { sharedFileBytes } from './files';
import { sendDueNudges } from './nudges';
import { changePair, pairOfLink } from './pair-flow';
import { listGoals, listResources, listSessions } from './pairs-repository';
import { closePair } from './staff-flow';
import { listOrganisationPairs } from './staff-queries';
import { addTestPair } from './test-pairs';
import { pairToken } from './tokens';

let h: DbHandle;
let organisationId: string;
const NOW = new Date('2026-05-04T09:00:00Z');
const TODAY = '2026-05-04';

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};

beforeAll(async () => {
	h = await openTestDb();
	organisationId = await addTestOrganisation(h.db, 'pair-org');
	await addUser(h.db, 'u-coord', 'coord@example.lv');
});
afterAll(async () => h?.close());

describe('the pair page by personal link', () => {
	it('adds goals and milestones, marks them done and logs sessions with private notes', async () => {
		const { matchId } = await addTestPair(h.db, { organisationId, key: 'log', startsOn: '2026-03-01', endsOn: '2026-07-31' });
		const mentee = pairToken(matchId, 'mentee');
		expect((await pairOfLink(h.db, mentee))?.side).toBe('mentee');

		expect(await changePair(h.db, mentee, 'goal', form({ kind: 'milestone', title: 'Reģistrēt uzņēmumu', dueOn: '2026-05-20' }))).toEqual({ ok: true });
		expect(await changePair(h.db, mentee, 'goal', form({ kind: 'milestone', title: 'Bez datuma', dueOn: '' }))).toEqual({ ok: false, reason: 'invalid', errors: { dueOn: 'required' } });
		const [goal] = await listGoals(h.db, matchId);
		expect(goal).toMatchObject({ kind: 'milestone', title: 'Reģistrēt uzņēmumu', dueOn: '2026-05-20', doneAt: null });
		expect(await changePair(h.db, pairToken(matchId, 'mentor'), 'goal_done', form({ goalId: goal.id, done: '1' }))).toEqual({ ok: true });
		expect((await listGoals(h.db, matchId))[0].doneAt).not.toBeNull();

		const session = { heldOn: '2026-04-02', minutes: '90', format: 'online', notes: 'Runājām par cenām', nextStep: 'Sagatavot tāmi' };
		expect(await changePair(h.db, mentee, 'session', form(session))).toEqual({ ok: true });
		expect(await changePair(h.db, mentee, 'session', form({ ...session, minutes: '0' }))).toMatchObject({ ok: false, reason: 'invalid', errors: { minutes: 'invalid' } });
		const [withNotes] = await listSessions(h.db, matchId, true);
		expect(withNotes).toMatchObject({ heldOn: '2026-04-02', minutes: 90, format: 'online', notes: 'Runājām par cenām', nextStep: 'Sagatavot tāmi' });
		// the staff view without read:mentoring_notes never reads them
		const [without] = await listSessions(h.db, matchId, false);
		expect(without).toMatchObject({ heldOn: '2026-04-02', minutes: 90, notes: null, nextStep: null });
		const [row] = (await listOrganisationPairs(h.db, organisationId)).filter((p) => p.id === matchId);
		expect(row).toMatchObject({ sessions: 1, lastSessionOn: '2026-04-02', nextMilestoneOn: null });
		expect(JSON.stringify(row)).not.toContain('Runājām');
	});

	it('shares links and files (checked by their bytes) and keeps feedback per side', async () => {
		const { matchId } = await addTestPair(h.db, { organisationId, key: 'share', startsOn: '2026-03-01', endsOn: '2026-07-31' });
		const mentor = pairToken(matchId, 'mentor');
		expect(await changePair(h.db, mentor, 'link', form({ title: 'Biznesa plāna veidne', url: 'https://example.lv/plans' }))).toEqual({ ok: true });
		expect(await changePair(h.db, mentor, 'link', form({ title: 'x', url: 'javascript:alert(1)' }))).toMatchObject({ ok: false, errors: { url: 'invalid' } });
		const pdf = new TextEncoder().encode('%PDF-1.4\n%test\n');
		expect(await changePair(h.db, mentor, 'file', form({ title: '' }), { fileName: 'tāme.pdf', bytes: pdf })).toEqual({ ok: true });
		expect(await changePair(h.db, mentor, 'file', form({}), { fileName: 'evil.pdf', bytes: new TextEncoder().encode('<html>') })).toMatchObject({ ok: false, errors: { file: 'file_type' } });
		const resources = await listResources(h.db, matchId);
		expect(resources.map((r) => r.title).sort()).toEqual(['Biznesa plāna veidne', 'tāme.pdf']);
		const file = resources.find((r) => r.fileName)!;
		expect(await sharedFileBytes(h.db, file.id)).toMatchObject({ mediaType: 'application/pdf' });

		expect(await changePair(h.db, mentor, 'feedback', form({ feedback: 'Ļoti mērķtiecīga', rating: '5' }))).toEqual({ ok: true });
		expect(await changePair(h.db, pairToken(matchId, 'mentee'), 'feedback', form({ feedback: 'Paldies', rating: '4' }))).toEqual({ ok: true });
		const [m] = await h.db.select({ a: mentoringMatches.mentorFeedback, b: mentoringMatches.mentorRating, c: mentoringMatches.menteeRating }).from(mentoringMatches).where(eq(mentoringMatches.id, matchId));
		expect(m).toEqual({ a: 'Ļoti mērķtiecīga', b: 5, c: 4 });
	});

	it('refuses forged links and keeps a closed pair read-only', async () => {
		const { matchId } = await addTestPair(h.db, { organisationId, key: 'closed', startsOn: '2026-03-01', endsOn: '2026-07-31', status: 'ended' });
		expect(await changePair(h.db, `${matchId}.mentee.forged`, 'goal', form({ kind: 'goal', title: 'x' }))).toEqual({ ok: false, reason: 'not_found' });
		expect(await pairOfLink(h.db, 'nonsense')).toBeNull();
		expect(await changePair(h.db, pairToken(matchId, 'mentee'), 'session', form({ heldOn: '2026-04-02', minutes: '60', format: 'phone' }))).toEqual({ ok: false, reason: 'read_only' });
		expect(await changePair(h.db, pairToken(matchId, 'mentee'), 'feedback', form({ feedback: 'x', rating: '3' }))).toEqual({ ok: false, reason: 'read_only' });
	});
});

describe('staff decisions', () => {
	it('lets only the coordinator read notes', () => {
		const staff = (role: 'coordinator' | 'editor'): Principal => ({ userId: `u-${role}`, email: `${role}@example.lv`, emailVerified: true, roles: ['member'], producerIds: [], territoryIds: [], memberships: [{ organisationId, slug: 'pair-org', role }] });
		expect(can(staff('coordinator'), 'read:mentoring_notes', { organisationId })).toBe(true);
		expect(can(staff('editor'), 'read:mentoring_notes', { organisationId })).toBe(false);
		expect(can(staff('editor'), 'update:mentoring_match', { organisationId })).toBe(true);
	});

	it('ends a pair early with a reason, audited, and frees the mentee for a new match', async () => {
		const pair = await addTestPair(h.db, { organisationId, key: 'end', startsOn: '2026-03-01', endsOn: '2026-07-31' });
		expect(await closePair(h.db, { actorUserId: 'u-coord', organisationId: 'a0000000-0000-4000-8000-000000000000', matchId: pair.matchId, status: 'ended', reason: 'x' })).toEqual({ ok: false, reason: 'not_found' });
		expect(await closePair(h.db, { actorUserId: 'u-coord', organisationId, matchId: pair.matchId, status: 'ended', reason: 'Pārcēlās uz citu valsti' }, NOW)).toEqual({ ok: true });
		expect(await closePair(h.db, { actorUserId: 'u-coord', organisationId, matchId: pair.matchId, status: 'completed', reason: null })).toEqual({ ok: false, reason: 'not_active' });
		const [m] = await h.db.select({ status: mentoringMatches.status, endedOn: mentoringMatches.endedOn, endReason: mentoringMatches.endReason, mentorId: mentoringMatches.mentorId }).from(mentoringMatches).where(eq(mentoringMatches.id, pair.matchId));
		expect(m).toMatchObject({ status: 'ended', endedOn: TODAY, endReason: 'Pārcēlās uz citu valsti' });
		const audit = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, pair.matchId));
		expect(audit.map((a) => a.action)).toEqual(['mentoring_match.end']);
		// a new live pair for the same mentee is allowed once the old one ended
		await h.db.insert(mentoringMatches).values({ cohortId: pair.cohortId, applicationId: pair.applicationId, mentorId: m.mentorId, status: 'proposed' });
		expect(await mailsTo(h.db, 'mentee-end@example.lv')).toEqual([]);
	});

	it('completes a pair and asks both sides for feedback with their own links', async () => {
		const pair = await addTestPair(h.db, { organisationId, key: 'done', startsOn: '2026-03-01', endsOn: '2026-07-31' });
		expect(await closePair(h.db, { actorUserId: 'u-coord', organisationId, matchId: pair.matchId, status: 'completed', reason: null }, NOW)).toEqual({ ok: true });
		const [mentee] = await mailsTo(h.db, 'mentee-done@example.lv');
		expect(mentee.text).toContain(`kods=${encodeURIComponent(pairToken(pair.matchId, 'mentee'))}`);
		expect(await mailsTo(h.db, 'mentor-done@example.lv')).toHaveLength(1);
		expect(await changePair(h.db, pairToken(pair.matchId, 'mentee'), 'feedback', form({ feedback: 'Paldies', rating: '5' }))).toEqual({ ok: true });
		expect(await changePair(h.db, pairToken(pair.matchId, 'mentee'), 'session', form({ heldOn: '2026-04-02', minutes: '60', format: 'phone' }))).toEqual({ ok: false, reason: 'read_only' });
	});
});

describe('nudges', () => {
	it('mails both sides once for a quiet pair; a repeated run sends nothing', async () => {
		const { matchId } = await addTestPair(h.db, { organisationId, key: 'nudge', startsOn: addDays(TODAY, -30), endsOn: addDays(TODAY, 120), menteeLocale: 'en' });
		const first = await sendDueNudges(h.db, NOW);
		expect(first.mails).toBeGreaterThanOrEqual(2);
		const menteeMails = await mailsTo(h.db, 'mentee-nudge@example.lv');
		expect(menteeMails).toHaveLength(1);
		expect(menteeMails[0].subject).toContain('when do you meet next');
		expect(menteeMails[0].text).toContain(`/en/mentorings/pari?kods=${encodeURIComponent(pairToken(matchId, 'mentee'))}`);
		const mentorMails = await mailsTo(h.db, 'mentor-nudge@example.lv');
		expect(mentorMails[0].text).toContain(`kods=${encodeURIComponent(pairToken(matchId, 'mentor'))}`);
		expect(await sendDueNudges(h.db, NOW)).toEqual({ nudges: 0, mails: 0 });
		expect(await mailsTo(h.db, 'mentee-nudge@example.lv')).toHaveLength(1);
		const rows = await h.db.select({ kind: mentoringNudges.kind }).from(mentoringNudges).where(and(eq(mentoringNudges.matchId, matchId)));
		expect(rows.map((r) => r.kind)).toEqual(['no_session']);
	});
});
