import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { demandMarks, demandPublications, demandSubscriptions, interviews, mailOutbox, organisations, searchMisses, territories } from '$lib/server/db/schema';
import { toNumber } from '$lib/server/db/types';
import { openTestDb } from '$lib/server/db/test-db';
import { collectPersonalData } from '../auth/personal-data';
import { deleteAccount } from '../auth/account-deletion';
import { insertMisses } from '../search';
import { markNeed, publishSummary, subscribeWeekly } from './demand-flow';
import { seedInsightDemo } from './demo';
import { interviewsPage } from './interview-queries';
import { publicDemandFor } from './public-summary';
import { runRollup } from './rollup';
import { sendWeeklyDigests } from './weekly-digest';

let h: DbHandle;
const orgId = async (slug: string) => (await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)))[0].id;
const munId = async (slug: string) => (await h.db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'municipality'), eq(territories.slug, slug))))[0].id;
const NOW = new Date('2026-12-09T10:00:00Z'); // a Wednesday: last week is 30 Nov – 6 Dec

beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

describe('the demo', () => {
	it('has months of generated searches, rolled up, and twelve coded HERE interviews with two coders', async () => {
		const demo = toNumber((await h.db.select({ n: count() }).from(searchMisses).where(eq(searchMisses.isDemo, true)))[0].n);
		expect(demo).toBeGreaterThan(3000);
		const page = await interviewsPage(h.db, await orgId('patverums-drosa-maja'));
		expect(page.interviews).toHaveLength(12);
		expect(page.interviews.every((i) => i.isDemo && i.codings > 0)).toBe(true);
		expect(page.interviews.filter((i) => i.coders === 2).every((i) => i.agreement !== null && i.agreement > 0.4)).toBe(true);
		expect(new Set(page.interviews.map((i) => i.respondentType))).toEqual(new Set(['resident', 'entrepreneur', 'ngo', 'municipality', 'state_body']));
	});

	it('is the same on a second run the same day (replaced, not doubled)', async () => {
		const before = await h.db.select({ day: searchMisses.day, needKey: searchMisses.needKey, municipalityId: searchMisses.municipalityId }).from(searchMisses).where(eq(searchMisses.isDemo, true)).orderBy(searchMisses.id);
		await seedInsightDemo(h.db);
		const after = await h.db.select({ day: searchMisses.day, needKey: searchMisses.needKey, municipalityId: searchMisses.municipalityId }).from(searchMisses).where(eq(searchMisses.isDemo, true)).orderBy(searchMisses.id);
		expect(after).toEqual(before);
		expect(toNumber((await h.db.select({ n: count() }).from(interviews).where(eq(interviews.isDemo, true)))[0].n)).toBe(12);
	});
});

describe('the weekly e-mail', () => {
	it('mails last week’s top needs in the organisation’s territory once, in the subscriber’s language', async () => {
		const lielupe = await orgId('lauku-partneriba-lielupe');
		const jelgava = await munId('jelgavas-novada'.replace('novada', 'novads'));
		const row = { query: 'kazas siers', filters: {}, resultCount: 0, needKey: 'kaz sier', needLabel: 'kazas siers', categoryId: 12, dedupeKey: null };
		await insertMisses(h.db, [
			{ ...row, day: '2026-12-01', municipalityId: jelgava },
			{ ...row, day: '2026-12-03', municipalityId: jelgava },
			{ ...row, day: '2026-12-03', municipalityId: await munId('valkas-novads') } // not Lielupe's
		]);
		await subscribeWeekly(h.db, { organisationId: lielupe, userId: 'demo-lielupe', on: true });
		const mails = () => h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, 'lielupe@demo.tuvuma.lv'));
		const before = (await mails()).length;
		expect(await sendWeeklyDigests(h.db, NOW)).toBe(1);
		expect(await sendWeeklyDigests(h.db, NOW)).toBe(0); // a retried job sends nothing twice
		const sent = (await mails()).slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0].subject).toBe('Lauku partnerība "Lielupe": neapmierinātais pieprasījums nedēļā no 2026-11-30');
		expect(sent[0].text).toMatch(/kazas siers — \d+/);
		expect(sent[0].text).toContain('/lv/organizacijas/lauku-partneriba-lielupe/darbs/pieprasijums');
	});
});

describe('the public "what people look for here"', () => {
	it('shows only when an organisation covering the municipality publishes it: categories searched ≥ 5 times, no words', async () => {
		const pieriga = await orgId('pierigas-partneriba');
		const olaine = await munId('olaines-novads');
		const base = { filters: {}, resultCount: 0, dedupeKey: null, municipalityId: olaine, day: '2026-12-07' };
		await insertMisses(h.db, [
			...Array.from({ length: 5 }, () => ({ ...base, query: 'bisu vasks', needKey: 'bis vask', needLabel: 'bisu vasks', categoryId: 10 })),
			...Array.from({ length: 4 }, () => ({ ...base, query: 'trifeles', needKey: 'trifel', needLabel: 'trifeles', categoryId: 18 })),
			...Array.from({ length: 7 }, () => ({ ...base, query: 'velosipeds', needKey: 'velosiped', needLabel: 'velosipeds', categoryId: null }))
		]);
		await runRollup(h.db, NOW);
		await publishSummary(h.db, { organisationId: pieriga, userId: 'demo-pieriga', on: false });
		expect(await publicDemandFor(h.db, 'olaines-novads', 'lv', NOW)).toBeNull();
		await publishSummary(h.db, { organisationId: pieriga, userId: 'demo-pieriga', on: true });
		const summary = await publicDemandFor(h.db, 'olaines-novads', 'lv', NOW);
		const medus = summary!.categories.find((c) => c.slug === 'medus');
		expect(medus!.searches).toBeGreaterThanOrEqual(5);
		expect(summary!.categories.every((c) => c.searches >= 5)).toBe(true);
		expect(summary!.categories.some((c) => c.slug === 'senes')).toBe(false); // 4 searches (plus any demo ones below 5)
		expect(JSON.stringify(summary)).not.toMatch(/bisu|vasks|trifel|velosiped/);
		// Valka is nobody's published territory
		expect(await publicDemandFor(h.db, 'valkas-novads', 'lv', NOW)).toBeNull();
	});
});

describe('personal data', () => {
	it('lists a staff member’s subscriptions and marks, and erases them with the account', async () => {
		const pieriga = await orgId('pierigas-partneriba');
		await markNeed(h.db, { organisationId: pieriga, userId: 'demo-pieriga-redaktors', needKey: 'bis vask', status: 'known', note: 'Runājam ar biškopjiem' });
		await subscribeWeekly(h.db, { organisationId: pieriga, userId: 'demo-pieriga-redaktors', on: true });
		const data = await collectPersonalData(h.db, 'demo-pieriga-redaktors');
		expect(data.insightSubscriptions).toHaveLength(1);
		expect(data.insightMarks).toEqual([expect.objectContaining({ need: 'bis vask', note: 'Runājam ar biškopjiem' })]);
		await deleteAccount(h.db, 'demo-pieriga-redaktors');
		expect(await h.db.select().from(demandSubscriptions).where(eq(demandSubscriptions.userId, 'demo-pieriga-redaktors'))).toEqual([]);
		const [mark] = await h.db.select({ by: demandMarks.updatedBy, note: demandMarks.note }).from(demandMarks).where(and(eq(demandMarks.organisationId, pieriga), like(demandMarks.needKey, 'bis%')));
		expect(mark).toEqual({ by: null, note: 'Runājam ar biškopjiem' }); // the organisation keeps its note
		expect((await h.db.select().from(demandPublications)).length).toBeGreaterThan(0);
	});
});
