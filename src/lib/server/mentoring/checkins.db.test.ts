import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { mentoringMatches, mentoringResources, outcomeCheckins, people, user } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { mailsTo } from '../events/test-fixtures';
import { addTestOrganisation } from '../people/test-fixtures';
import { checkinOfLink, readAnswer, saveCheckin } from './checkin-flow';
import { createDueCheckins } from './checkins';
import { outcomesByCohort } from './outcomes-queries';
import { changePair } from './pair-flow';
import { MENTORING_COLLECTORS, MENTORING_ERASERS } from './personal-data';
import { addTestPair } from './test-pairs';
import { checkinToken, pairToken } from './tokens';

let h: DbHandle;
let organisationId: string;
const NOW = new Date('2027-02-01T09:00:00Z'); // six months and a day after the cohort below ended

const answerForm = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};

beforeAll(async () => {
	h = await openTestDb();
	organisationId = await addTestOrganisation(h.db, 'checkin-org');
});
afterAll(async () => h?.close());

describe('outcome check-ins', () => {
	let token = '';

	it('creates the +6 month check-in and mails its link once', async () => {
		await addTestPair(h.db, { organisationId, key: 'ci', startsOn: '2026-03-01', endsOn: '2026-07-31', status: 'completed' });
		expect(await createDueCheckins(h.db, NOW)).toBe(1);
		expect(await createDueCheckins(h.db, NOW)).toBe(0);
		const mails = await mailsTo(h.db, 'mentee-ci@example.lv');
		expect(mails).toHaveLength(1);
		expect(mails[0].text).toContain('sešus mēnešus pēc programmas');
		const url = mails[0].text.match(/https?:\/\/\S+\/lv\/iznakums\?kods=\S+/)?.[0];
		expect(url).toBeDefined();
		token = new URL(url!).searchParams.get('kods')!;
		const checkin = await checkinOfLink(h.db, token);
		expect(checkin).toMatchObject({ due: 'month6', dueOn: '2027-01-31', answeredAt: null });
		expect(token).toBe(checkinToken(checkin!.id));
	});

	it('computes the FTE by the CAP rule and saves the answer; answering again updates the same row', async () => {
		const fields = {
			ideaStatus: 'operating',
			companyRegistered: 'yes',
			registrationNumber: '40203123456',
			socialEnterprise: 'yes',
			turnoverBand: '10k_50k',
			'jobs.0.kind': 'employee',
			'jobs.0.isNew': 'yes',
			'jobs.0.share': '100',
			'jobs.0.months': '6',
			'jobs.1.kind': 'self_employed',
			'jobs.1.isNew': 'yes',
			'jobs.1.share': '50',
			'jobs.1.months': '12',
			'jobs.2.kind': 'volunteer',
			'jobs.2.isNew': 'yes',
			'jobs.2.share': '100',
			'jobs.2.months': '12',
			'jobs.3.kind': '',
			'jobs.3.isNew': 'yes',
			'jobs.3.share': '',
			'jobs.3.months': ''
		};
		const read = readAnswer(answerForm(fields));
		expect(read.ok && read.answer.fte).toBe(1);
		expect(read.ok && read.answer.jobs).toHaveLength(3);
		expect(await saveCheckin(h.db, token, read.ok ? read.answer : (null as never))).toBe('saved');
		const again = readAnswer(answerForm({ ...fields, companyRegistered: 'no', 'jobs.0.months': '12' }));
		expect(again.ok && again.answer.registrationNumber).toBeNull();
		expect(await saveCheckin(h.db, token, again.ok ? again.answer : (null as never))).toBe('saved');
		const rows = await h.db.select({ fte: outcomeCheckins.fte, companyRegistered: outcomeCheckins.companyRegistered, answeredAt: outcomeCheckins.answeredAt }).from(outcomeCheckins);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ fte: 1.5, companyRegistered: false });
		expect(await saveCheckin(h.db, 'forged.token', again.ok ? again.answer : (null as never))).toBe('not_found');
	});

	it('reports what is missing instead of saving', () => {
		const read = readAnswer(answerForm({ ideaStatus: 'idea', 'jobs.0.kind': 'employee', 'jobs.0.isNew': 'yes', 'jobs.0.share': '150', 'jobs.0.months': '3' }));
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.errors).toMatchObject({ companyRegistered: 'required', socialEnterprise: 'required', 'jobs.0.share': 'invalid' });
	});

	it('counts the latest answers per cohort and municipality for the funders', async () => {
		const [row] = await outcomesByCohort(h.db, organisationId);
		expect(row).toMatchObject({ mentees: 1, answered: 1, registering: 0, operating: 1, social: 1, fte: 1.5 });
		expect(row.municipality?.lv).toMatch(/Jelgava/);
	});
});

describe('personal data', () => {
	it('lists the pair and check-in, then erases what identifies the person', async () => {
		const pair = await addTestPair(h.db, { organisationId, key: 'gdpr', startsOn: '2026-03-01', endsOn: '2026-07-31' });
		await h.db.insert(user).values({ id: 'u-gdpr', name: 'G', email: 'mentee-gdpr@example.lv', emailVerified: true });
		await h.db.update(people).set({ userId: 'u-gdpr' }).where(eq(people.id, pair.menteePersonId));
		const mentee = pairToken(pair.matchId, 'mentee');
		const f = new FormData();
		f.set('title', 'Mans plāns');
		f.set('url', 'https://example.lv/plans');
		await changePair(h.db, mentee, 'link', f);
		const fb = new FormData();
		fb.set('feedback', 'Labi');
		fb.set('rating', '5');
		await changePair(h.db, mentee, 'feedback', fb);

		const data = (await MENTORING_COLLECTORS[0].collect(h.db, 'u-gdpr')) as { pairs: { side: string; feedback: string }[]; sharedLinksAndFiles: unknown[] };
		expect(data.pairs).toEqual([expect.objectContaining({ side: 'mentee', feedback: 'Labi' })]);
		expect(data.sharedLinksAndFiles).toHaveLength(1);

		await h.db.transaction((tx) => MENTORING_ERASERS[0].erase(tx, 'u-gdpr'));
		const [m] = await h.db.select({ f: mentoringMatches.menteeFeedback, r: mentoringMatches.menteeRating }).from(mentoringMatches).where(eq(mentoringMatches.id, pair.matchId));
		expect(m).toEqual({ f: null, r: null });
		expect(await h.db.select({ id: mentoringResources.id }).from(mentoringResources).where(eq(mentoringResources.matchId, pair.matchId))).toEqual([]);
	});
});
