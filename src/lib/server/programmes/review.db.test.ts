import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { auditLog, participations, people, programmeApplications, user } from '../db/schema';
import { authorize } from '../auth/authorize';
import { loadPrincipal } from '../auth/principal';
import { mailsTo } from '../events/test-fixtures';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { workspaceOverview } from '../workspace/queries';
import { applyToCohort } from './apply-flow';
import { findCohort } from './cohorts-repository';
import { findProgrammeById } from './programmes-repository';
import { decideApplication, type DecideInput } from './review-flow';
import { removeProgramme } from './manage-flow';
import { addTestProgramme } from './test-fixtures';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	await h.db.insert(user).values([
		{ id: 'pr-outsider', name: 'Cits', email: 'pr-outsider@example.lv', emailVerified: true },
		{ id: 'pr-a', name: 'A', email: 'pr-a@example.lv', emailVerified: true },
		{ id: 'pr-b', name: 'B', email: 'pr-b@example.lv', emailVerified: true }
	]);
});
afterAll(async () => h?.close());

const who = () => ({ actorUserId: 'demo-pieriga', organisationId: org });

/** A signed-in applicant (confirmed at once), so staff can decide straight away. */
async function applied(cohortId: string, id: string, email: string, locale: 'lv' | 'en' = 'lv'): Promise<string> {
	const cohort = (await findCohort(h.db, cohortId))!;
	const programme = (await findProgrammeById(h.db, cohort.programmeId))!;
	const principal = await loadPrincipal(h.db, { id, email, emailVerified: true });
	const out = await applyToCohort(h.db, principal, { programmeSlug: programme.slug, cohortSlug: cohort.slug, name: id, email, locale, answers: { q1: 'Ideja' }, sectors: [], municipalityId: null, languages: [locale], needs: '' });
	expect(out).toEqual({ kind: 'submitted' });
	const [row] = await h.db
		.select({ id: programmeApplications.id })
		.from(programmeApplications)
		.innerJoin(people, eq(people.id, programmeApplications.personId))
		.where(and(eq(programmeApplications.cohortId, cohortId), eq(people.email, email)));
	return row.id;
}

describe('reviewing applications', () => {
	it('accepting respects capacity, makes the person an attended participant with the cohort’s dates, and mails them in their language', async () => {
		const { programmeId, cohortId } = await addTestProgramme(h.db, who(), { capacity: '1' });
		const a = await applied(cohortId, 'pr-a', 'pr-a@example.lv', 'en');
		const base: Omit<DecideInput, 'applicationId' | 'decision'> = { ...who(), programmeId, cohortId, message: null };
		expect(await decideApplication(h.db, { ...base, applicationId: a, decision: 'accepted', message: 'Welcome! First meeting on Monday.' })).toEqual({ ok: true, changed: true });

		const [p] = await h.db
			.select({ attendance: participations.attendance, registration: participations.registration, kind: participations.activityKind, organisationId: participations.organisationId, startsAt: participations.activityStartsAt })
			.from(participations)
			.innerJoin(programmeApplications, eq(programmeApplications.participationId, participations.id))
			.where(eq(programmeApplications.id, a));
		expect(p).toMatchObject({ attendance: 'attended', registration: 'registered', kind: 'cohort', organisationId: org });
		expect(p.startsAt).toBeInstanceOf(Date);
		const mail = (await mailsTo(h.db, 'pr-a@example.lv')).find((m) => m.subject.startsWith('You have been accepted'))!;
		expect(mail.text).toContain('Welcome! First meeting on Monday.');

		const b = await applied(cohortId, 'pr-b', 'pr-b@example.lv');
		expect(await decideApplication(h.db, { ...base, applicationId: b, decision: 'accepted' })).toEqual({ ok: false, reason: 'full' });
		expect(await decideApplication(h.db, { ...base, applicationId: b, decision: 'waitlisted' })).toEqual({ ok: true, changed: true });
		expect((await mailsTo(h.db, 'pr-b@example.lv')).map((m) => m.subject)).toContain('Gaidīšanas sarakstā: Sociālās uzņēmējdarbības mentorings — Pavasara kohorta');

		// a declined participant is no longer counted; the freed place can be given
		expect(await decideApplication(h.db, { ...base, applicationId: a, decision: 'declined' })).toEqual({ ok: true, changed: true });
		const [after] = await h.db
			.select({ attendance: participations.attendance, registration: participations.registration })
			.from(participations)
			.innerJoin(programmeApplications, eq(programmeApplications.participationId, participations.id))
			.where(eq(programmeApplications.id, a));
		expect(after).toEqual({ attendance: 'unknown', registration: 'cancelled' });
		expect(await decideApplication(h.db, { ...base, applicationId: b, decision: 'accepted' })).toEqual({ ok: true, changed: true });
		const attended = await h.db.select({ id: participations.id }).from(participations).where(and(eq(participations.activityId, cohortId), eq(participations.attendance, 'attended')));
		expect(attended).toHaveLength(1);

		const audits = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityType, 'programme_application'));
		expect(audits.map((x) => x.action)).toEqual(expect.arrayContaining(['application.accepted', 'application.waitlisted', 'application.declined']));
	});

	it('an unconfirmed application cannot be decided, and another organisation cannot decide this one', async () => {
		const { programmeId, cohortId } = await addTestProgramme(h.db, who());
		const cohort = (await findCohort(h.db, cohortId))!;
		const programme = (await findProgrammeById(h.db, programmeId))!;
		await applyToCohort(h.db, null, { programmeSlug: programme.slug, cohortSlug: cohort.slug, name: 'X', email: 'pr-unconfirmed@example.lv', locale: 'lv', answers: {}, sectors: [], municipalityId: null, languages: ['lv'], needs: '' });
		const [row] = await h.db.select({ id: programmeApplications.id }).from(programmeApplications).where(eq(programmeApplications.cohortId, cohortId));
		expect(await decideApplication(h.db, { ...who(), programmeId, cohortId, applicationId: row.id, decision: 'accepted', message: null })).toEqual({ ok: false, reason: 'unconfirmed' });
		const other = (await findWorkspaceOrganisation(h.db, 'latvijas-lauku-forums'))!.id;
		expect(await decideApplication(h.db, { actorUserId: 'x', organisationId: other, programmeId, cohortId, applicationId: row.id, decision: 'declined', message: null })).toEqual({ ok: false, reason: 'not_found' });
		expect(await removeProgramme(h.db, { actorUserId: 'x', organisationId: other, programmeId })).toBe(false);
	});

	it('every staff mutation is refused to someone outside the organisation and allowed to its coordinator; anyone may apply', async () => {
		const outsider = await loadPrincipal(h.db, { id: 'pr-outsider', email: 'pr-outsider@example.lv', emailVerified: true });
		const coordinator = await loadPrincipal(h.db, { id: 'demo-pieriga', email: 'pieriga@demo.tuvuma.lv', emailVerified: true });
		const event = (principal: unknown) => ({ locals: { principal }, url: new URL('http://localhost/lv/organizacijas/pierigas-partneriba/darbs/programmas'), params: { lang: 'lv' } }) as unknown as Parameters<typeof authorize>[0];
		for (const capability of ['create:programme', 'update:programme', 'delete:programme', 'read:application', 'review:application'] as const) {
			await expect(authorize(event(outsider), capability, { organisationId: org })).rejects.toMatchObject({ status: 403 });
			await expect(authorize(event(coordinator), capability, { organisationId: org })).resolves.toBeTruthy();
			await expect(authorize(event(null), capability, { organisationId: org })).rejects.toMatchObject({ status: 303 });
		}
		await expect(authorize(event(null), 'create:application')).resolves.toBeNull();
		await expect(authorize(event(outsider), 'create:application')).resolves.toBeTruthy();
	});

	it('the workspace card lists the programmes and offers "new programme" to the coordinator', async () => {
		const organisation = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!;
		const coordinator = await loadPrincipal(h.db, { id: 'demo-pieriga', email: 'pieriga@demo.tuvuma.lv', emailVerified: true });
		const card = (await workspaceOverview(h.db, organisation, coordinator, 'lv')).find((s) => s.id === 'programmes');
		expect(card?.title).toBe('Programmas');
		expect(card?.items[0]).toMatchObject({ title: 'Sociālās uzņēmējdarbības mentorings', meta: 'Publicēta' });
		expect(card?.actions.map((a) => a.label)).toEqual(['Jauna programma']);
	});
});
