import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { participations, people, programmeApplications, user } from '../db/schema';
import { sweepRetention } from '../people/retention';
import { confirmByToken } from '../people/confirmation';
import { mailsTo } from '../events/test-fixtures';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { PERSONAL_DATA_COLLECTORS } from '../auth/personal-data';
import { ACCOUNT_ERASERS } from '../auth/account-deletion';
import { loadPrincipal } from '../auth/principal';
import { applyToCohort, type ApplyInput } from './apply-flow';
import { programmeDetail } from './api';
import { cohortApplications } from './staff-queries';
import { findCohort } from './cohorts-repository';
import { findProgrammeById } from './programmes-repository';
import { publishedProgrammes } from './public-queries';
import { addTestProgramme } from './test-fixtures';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	org = (await findWorkspaceOrganisation(h.db, 'pierigas-partneriba'))!.id;
	await h.db.insert(user).values([{ id: 'pa-ilze', name: 'Ilze', email: 'ilze@example.lv', emailVerified: true }]);
});
afterAll(async () => h?.close());

const who = () => ({ actorUserId: 'demo-pieriga', organisationId: org });

async function input(cohortId: string, x: Partial<ApplyInput> = {}): Promise<ApplyInput> {
	const cohort = (await findCohort(h.db, cohortId))!;
	const programme = (await findProgrammeById(h.db, cohort.programmeId))!;
	return { programmeSlug: programme.slug, cohortSlug: cohort.slug, name: 'Anna', email: 'anna@example.lv', locale: 'lv', answers: { q1: 'Kafejnīca ar darbu cilvēkiem ar invaliditāti' }, sectors: ['social:employment'], municipalityId: null, languages: ['lv'], needs: 'Biznesa plāns', ...x };
}

const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;

describe('applying to a cohort', () => {
	it('without an account: stored unconfirmed and hidden from staff until the mailed link is used; a second application is refused', async () => {
		const { cohortId } = await addTestProgramme(h.db, who());
		expect(await applyToCohort(h.db, null, await input(cohortId))).toEqual({ kind: 'check_mail' });
		expect(await applyToCohort(h.db, null, await input(cohortId, { email: 'ANNA@example.lv ' }))).toEqual({ kind: 'duplicate' });
		let staff = await cohortApplications(h.db, cohortId);
		expect(staff.applications).toHaveLength(0);
		expect(staff.counts.unconfirmed).toBe(1);

		const [confirm] = await mailsTo(h.db, 'anna@example.lv');
		expect(confirm.subject).toContain('Sociālās uzņēmējdarbības mentorings');
		const done = await confirmByToken(h.db, linkIn(confirm.text));
		expect(done).toMatchObject({ ok: true, next: null, message: expect.stringContaining('pieteikums apstiprināts') });
		staff = await cohortApplications(h.db, cohortId);
		expect(staff.applications).toHaveLength(1);
		expect(staff.applications[0]).toMatchObject({ name: 'Anna', status: 'submitted', sectors: ['social:employment'], answers: { q1: 'Kafejnīca ar darbu cilvēkiem ar invaliditāti' } });
		expect((await mailsTo(h.db, 'anna@example.lv')).map((m) => m.subject)).toContain('Pieteikums saņemts: Sociālās uzņēmējdarbības mentorings — Pavasara kohorta');
		// after confirming, still only one application
		expect(await applyToCohort(h.db, null, await input(cohortId))).toEqual({ kind: 'duplicate' });
	});

	it('a confirmed application is a registration, not attendance, and is not erased while it waits for a decision', async () => {
		const { cohortId } = await addTestProgramme(h.db, who());
		const email = 'gaida@example.lv';
		expect(await applyToCohort(h.db, null, await input(cohortId, { email, name: 'Gaida' }))).toEqual({ kind: 'check_mail' });
		const held = () =>
			h.db
				.select({ registration: participations.registration, attendance: participations.attendance, name: people.name })
				.from(programmeApplications)
				.innerJoin(people, eq(people.id, programmeApplications.personId))
				.leftJoin(participations, eq(participations.id, programmeApplications.participationId))
				.where(eq(programmeApplications.cohortId, cohortId));
		// unconfirmed: nothing registered (an address nobody confirmed is dropped after 30 days)
		expect(await held()).toEqual([{ registration: null, attendance: null, name: 'Gaida' }]);
		const [confirm] = await mailsTo(h.db, email);
		await confirmByToken(h.db, linkIn(confirm.text));
		expect(await held()).toEqual([{ registration: 'registered', attendance: 'unknown', name: 'Gaida' }]);
		// 40 days on, still undecided: the retention sweep keeps the applicant
		await sweepRetention(h.db, new Date(Date.now() + 40 * 86_400_000));
		expect(await held()).toEqual([{ registration: 'registered', attendance: 'unknown', name: 'Gaida' }]);
	});

	it('a signed-in person with their account’s address is confirmed at once', async () => {
		const { cohortId } = await addTestProgramme(h.db, who());
		const principal = await loadPrincipal(h.db, { id: 'pa-ilze', email: 'ilze@example.lv', emailVerified: true });
		expect(await applyToCohort(h.db, principal, await input(cohortId, { email: 'ilze@example.lv', name: 'Ilze' }))).toEqual({ kind: 'submitted' });
		const [row] = await h.db.select({ confirmedAt: programmeApplications.confirmedAt }).from(programmeApplications).where(eq(programmeApplications.cohortId, cohortId));
		expect(row.confirmedAt).toBeInstanceOf(Date);
		// another address than the account's still needs its link
		expect(await applyToCohort(h.db, principal, await input(cohortId, { email: 'kads.cits@example.lv' }))).toEqual({ kind: 'check_mail' });
	});

	it('refuses a cohort whose applications are closed, and a draft programme is not found', async () => {
		const closed = await addTestProgramme(h.db, who(), { opens: -20, closes: -5 });
		expect(await applyToCohort(h.db, null, await input(closed.cohortId))).toEqual({ kind: 'closed' });
		const draft = await addTestProgramme(h.db, who(), { status: 'draft', title: 'Melnraksta programma' });
		expect(await applyToCohort(h.db, null, await input(draft.cohortId))).toEqual({ kind: 'not_found' });
		const listed = await publishedProgrammes(h.db);
		expect(listed.map((p) => p.title.lv)).not.toContain('Melnraksta programma');
		// the open one comes before the closed one
		const firstClosed = listed.findIndex((p) => !p.open);
		expect(listed.slice(firstClosed).every((p) => !p.open)).toBe(true);
	});

	it('the API shows the public parts only: dates, phase, places left, never who applied', async () => {
		const { programmeId, cohortId } = await addTestProgramme(h.db, who(), { capacity: '5', title: 'API programma' });
		await applyToCohort(h.db, null, await input(cohortId, { email: 'api-person@example.lv' }));
		const slug = (await findProgrammeById(h.db, programmeId))!.slug;
		const body = await programmeDetail(h.db, slug, { origin: 'https://tuvuma.test', lang: 'en' });
		expect(body).toMatchObject({ type: 'programme', name: 'Social enterprise mentoring', open_for_applications: true, cohorts: [{ phase: 'applying', capacity: 5, places_left: 5 }] });
		const json = JSON.stringify(body);
		expect(json).not.toContain('api-person');
		expect(json).not.toContain('Biznesa plāns');
	});

	it('the person’s data download lists their applications; deleting the account erases what they wrote', async () => {
		const { cohortId } = await addTestProgramme(h.db, who());
		const principal = await loadPrincipal(h.db, { id: 'pa-ilze', email: 'ilze@example.lv', emailVerified: true });
		await applyToCohort(h.db, principal, await input(cohortId, { email: 'ilze@example.lv', name: 'Ilze', needs: 'Grāmatvedība' }));
		const collector = PERSONAL_DATA_COLLECTORS.find((c) => c.name === 'programmeApplications')!;
		const mine = (await collector.collect(h.db, 'pa-ilze')) as { needs: string }[];
		expect(mine.map((a) => a.needs)).toContain('Grāmatvedība');
		const eraser = ACCOUNT_ERASERS.find((e) => e.name === 'programmeApplications')!;
		await h.db.transaction((tx) => eraser.erase(tx, 'pa-ilze'));
		const [row] = await h.db.select({ needs: programmeApplications.needs, status: programmeApplications.status }).from(programmeApplications).where(and(eq(programmeApplications.cohortId, cohortId)));
		expect(row).toEqual({ needs: '', status: 'submitted' });
	});
});
