import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationDigestOptOuts, cooperationMatches, cooperationProfiles, mailOutbox, organisations, producers, user } from '../db/schema';
import { collectPersonalData } from '../auth/personal-data';
import { deleteAccount } from '../auth/account-deletion';
import type { CooperationProfileInput } from '$lib/forms/cooperation';
import { runExpiry } from './expiry';
import { computeMatches } from './matching';
import { sendMatchDigests } from './digest';
import { findPublicProfile, listPublicProfiles } from './public-queries';
import { decideProfile } from './review-flow';
import { suggestionsFor } from './owner-queries';
import { moderationQueue } from './moderation-queue';
import { unsubscribeDigest, unsubscribeTarget, unsubscribeToken } from './unsubscribe';
import { renewProfile, saveProfile, submitProfile } from './write-flow';

/** Cooperation profiles on the data layer: write → review → publish → matches → expiry/renewal → digest and opt-out. */
let h: DbHandle;
let balti: string; // Prisaca Albinuța din Bălți (Moldovan demo producer)
let lielupe: string; // Lauku partnerība "Lielupe"
const NOW = new Date('2027-01-10T10:00:00Z');
const DAY = 86_400_000;

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	balti = (await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'prisaca-albinuta-din-balti')))[0].id;
	lielupe = (await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'lauku-partneriba-lielupe')))[0].id;
	await h.db.insert(user).values([
		{ id: 'co-vasile', name: 'Vasile', email: 'vasile.coop@example.md', emailVerified: true, locale: 'ro' },
		{ id: 'co-ilze', name: 'Ilze', email: 'ilze.coop@example.lv', emailVerified: true, locale: 'lv' },
		{ id: 'co-mod', name: 'Moderators', email: 'mod.coop@example.lv', emailVerified: true }
	]);
});
afterAll(async () => h?.close());

const input = (x: Partial<CooperationProfileInput> = {}): CooperationProfileInput => ({
	direction: 'offer',
	kind: 'sourcing',
	title: { ro: 'Ceară de albine și propolis din Bălți' },
	description: { ro: 'Oferim ceară de albine pentru lumânări și cosmetică; livrare în Letonia.' },
	categoryIds: [],
	countries: ['LV'],
	regionIds: [],
	languages: ['ro', 'ru'],
	contactName: 'Vasile Albu',
	contactEmail: 'vasile.secret@example.md',
	contactPhone: '+373 69 999 111',
	...x
});
const mailsTo = (to: string) => h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text, headers: mailOutbox.headers }).from(mailOutbox).where(eq(mailOutbox.to, to));
const CONTACTS = ['vasile.secret@example.md', '+373 69 999 111', 'Vasile Albu', 'ilze.secret@example.lv'];

describe('the demo', () => {
	it('tells the Latvia–Moldova story: a dozen profiles, most published, with suggested counterparts', async () => {
		const rows = await h.db.select({ slug: cooperationProfiles.slug, status: cooperationProfiles.status }).from(cooperationProfiles).where(eq(cooperationProfiles.isDemo, true));
		expect(rows.length).toBe(12);
		expect(rows.filter((r) => r.status === 'published').length).toBe(10);
		const honey = await h.db.select({ id: cooperationProfiles.id }).from(cooperationProfiles).where(eq(cooperationProfiles.slug, 'miere-de-salcam-din-balti-pentru-letonia'));
		const suggested = await suggestionsFor(h.db, honey[0].id, NOW);
		expect(suggested.map((s) => s.slug)).toContain('liepziedi-mekle-akacijas-medu');
		expect(suggested[0].reasons).toEqual(expect.arrayContaining(['complementary_kind', 'same_sector']));
	});
});

describe('cooperation profiles', () => {
	let offer: { id: string; slug: string };
	let request: { id: string; slug: string };

	it('an owner saves a draft, submits it; a moderator approves: published for six months, mailed, matched by a job', async () => {
		offer = (await saveProfile(h.db, { owner: { producerId: balti }, userId: 'co-vasile', profileId: null, input: input(), submit: false }))!;
		expect(offer.slug).toMatch(/^ceara-de-albine-si-propolis-din-balti-/);
		expect(await submitProfile(h.db, { producerId: balti }, offer.id)).toBe(true);
		// another owner cannot touch it
		expect(await submitProfile(h.db, { organisationId: lielupe }, offer.id)).toBe(false);
		expect(await listPublicProfiles(h.db, { q: 'ceara' }, { limit: 10, offset: 0 }, NOW)).toMatchObject({ total: 0 });

		expect(await decideProfile(h.db, { id: offer.id, reviewerUserId: 'co-mod', decision: 'approve', now: NOW })).toBe('done');
		expect(await decideProfile(h.db, { id: offer.id, reviewerUserId: 'co-mod', decision: 'approve', now: NOW })).toBe('stale');
		const [row] = await h.db.select({ status: cooperationProfiles.status, expiresAt: cooperationProfiles.expiresAt }).from(cooperationProfiles).where(eq(cooperationProfiles.id, offer.id));
		expect(row.status).toBe('published');
		expect(row.expiresAt!.toISOString()).toBe('2027-07-10T10:00:00.000Z');
		const mails = await mailsTo('vasile.coop@example.md');
		expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining('a fost publicat')]);
	});

	it('a rejection needs a reason and mails it; the owner may submit again', async () => {
		request = (await saveProfile(h.db, {
			owner: { organisationId: lielupe },
			userId: 'co-ilze',
			profileId: null,
			input: input({ direction: 'request', title: { lv: 'Meklējam vasku sveču darbnīcai' }, description: { lv: 'Bišu vasks no Moldovas.' }, countries: ['MD'], languages: ['lv', 'ru'], contactName: 'Ilze', contactEmail: 'ilze.secret@example.lv', contactPhone: undefined }),
			submit: true
		}))!;
		expect(await decideProfile(h.db, { id: request.id, reviewerUserId: 'co-mod', decision: 'reject', now: NOW })).toBe('reason_required');
		expect(await decideProfile(h.db, { id: request.id, reviewerUserId: 'co-mod', decision: 'reject', reason: 'Lūdzu, norādiet apjomu.', now: NOW })).toBe('done');
		expect((await mailsTo('ilze.coop@example.lv'))[0].text).toContain('Lūdzu, norādiet apjomu.');
		expect(await submitProfile(h.db, { organisationId: lielupe }, request.id)).toBe(true);
		expect(await decideProfile(h.db, { id: request.id, reviewerUserId: 'co-mod', decision: 'approve', now: NOW })).toBe('done');
	});

	it('matches the offer and the request (sourcing, Moldova ↔ Latvia, a shared language) with reasons', async () => {
		expect(await computeMatches(h.db, request.id, NOW)).toBeGreaterThan(0);
		const suggestions = await suggestionsFor(h.db, offer.id, NOW);
		const found = suggestions.find((s) => s.slug === request.slug)!;
		expect(found.reasons).toEqual(expect.arrayContaining(['offer_request', 'same_kind', 'country', 'language']));
		// recomputing is idempotent: one row per pair
		await computeMatches(h.db, offer.id, NOW);
		const rows = await h.db.select({ a: cooperationMatches.profileId }).from(cooperationMatches).where(and(inArray(cooperationMatches.profileId, [offer.id, request.id]), inArray(cooperationMatches.counterpartId, [offer.id, request.id])));
		expect(rows).toHaveLength(1);
	});

	it('lists and finds published profiles by filters and diacritic-free words; no output (list, detail, suggestions, moderation queue) has contacts', async () => {
		const byWord = await listPublicProfiles(h.db, { q: 'CEARĂ balti' }, { limit: 10, offset: 0 }, NOW);
		expect(byWord.items.map((i) => i.slug)).toEqual([offer.slug]);
		expect((await listPublicProfiles(h.db, { q: 'ceara' }, { limit: 10, offset: 0 }, NOW)).total).toBe(1);
		expect((await listPublicProfiles(h.db, { q: 'ceară', direction: 'request' }, { limit: 10, offset: 0 }, NOW)).total).toBe(0);
		const md = await listPublicProfiles(h.db, { country: 'MD', kind: 'sourcing' }, { limit: 50, offset: 0 }, NOW);
		expect(md.items.map((i) => i.slug)).toEqual(expect.arrayContaining([offer.slug, request.slug]));
		const ru = await listPublicProfiles(h.db, { language: 'ro' }, { limit: 50, offset: 0 }, NOW);
		expect(ru.items.map((i) => i.slug)).toContain(offer.slug);
		expect(ru.items.map((i) => i.slug)).not.toContain(request.slug);
		const all = await listPublicProfiles(h.db, {}, { limit: 100, offset: 0 }, NOW);
		expect(all.total).toBeGreaterThanOrEqual(10); // the demo's published ones too
		const detail = await findPublicProfile(h.db, offer.slug, NOW);
		expect(detail).toMatchObject({ owner: { type: 'producer', slug: 'prisaca-albinuta-din-balti' }, home: { country: 'MD' } });
		const out = JSON.stringify([byWord, md, all, detail, await suggestionsFor(h.db, offer.id, NOW), await moderationQueue(h.db)]);
		for (const c of CONTACTS) expect(out).not.toContain(c);
		for (const d of ['albinuta@example.md', 'birojs@lielupe.example.lv']) expect(out).not.toContain(d);
	});

	it('the weekly digest tells each owner once, with a one-click unsubscribe that records the opt-out', async () => {
		const sent = await sendMatchDigests(h.db, NOW);
		expect(sent).toBeGreaterThanOrEqual(2);
		const [digest] = (await mailsTo('vasile.coop@example.md')).filter((m) => m.headers);
		expect(digest.text).toContain(request.slug);
		expect(digest.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(await sendMatchDigests(h.db, NOW)).toBe(0); // nothing new
		const token = new URL(digest.headers!['List-Unsubscribe'].slice(1, -1)).searchParams.get('t')!;
		expect(await unsubscribeTarget(h.db, token)).toEqual({ userId: 'co-vasile', optedOut: false });
		expect(await unsubscribeTarget(h.db, token.slice(0, -2) + 'xx')).toBeNull();
		expect(await unsubscribeDigest(h.db, token)).toBe(true);
		expect(await unsubscribeDigest(h.db, token)).toBe(true); // twice is fine
		// a new match next week reaches Ilze but not Vasile
		await h.db.update(cooperationMatches).set({ digestedAt: null });
		const before = (await mailsTo('vasile.coop@example.md')).length;
		await sendMatchDigests(h.db, new Date(NOW.getTime() + 7 * DAY));
		expect((await mailsTo('vasile.coop@example.md')).length).toBe(before);
		expect((await mailsTo('ilze.coop@example.lv')).filter((m) => m.headers).length).toBe(2);
		expect(unsubscribeToken(offer.id)).not.toBe(unsubscribeToken(request.id));
	});

	it('reminds once 14 days before the end, expires at the end, and renewal brings it back', async () => {
		const reminderDay = new Date('2027-06-30T10:00:00Z');
		expect(await runExpiry(h.db, reminderDay)).toMatchObject({ reminded: expect.any(Number) });
		expect((await mailsTo('vasile.coop@example.md')).filter((m) => m.subject.includes('expiră'))).toHaveLength(1);
		await runExpiry(h.db, new Date(reminderDay.getTime() + DAY));
		expect((await mailsTo('vasile.coop@example.md')).filter((m) => m.subject.includes('expiră'))).toHaveLength(1);
		const after = new Date('2027-07-11T00:00:00Z');
		await runExpiry(h.db, after);
		expect(await findPublicProfile(h.db, offer.slug, after)).toBeNull();
		const until = await renewProfile(h.db, { producerId: balti }, offer.id, after);
		expect(until!.toISOString()).toBe('2028-01-11T00:00:00.000Z');
		expect(await findPublicProfile(h.db, offer.slug, after)).not.toBeNull();
		expect(await renewProfile(h.db, { organisationId: lielupe }, offer.id, after)).toBeNull();
	});

	it('personal data: the download lists the contacts; deleting the account clears them and the opt-out', async () => {
		const data = JSON.stringify(await collectPersonalData(h.db, 'co-vasile'));
		expect(data).toContain('vasile.secret@example.md');
		await h.db.transaction((tx) => deleteAccount(tx, 'co-vasile'));
		const [row] = await h.db.select({ email: cooperationProfiles.contactEmail, name: cooperationProfiles.contactName }).from(cooperationProfiles).where(eq(cooperationProfiles.id, offer.id));
		expect(row).toEqual({ email: null, name: null });
		expect(await h.db.select().from(cooperationDigestOptOuts).where(eq(cooperationDigestOptOuts.userId, 'co-vasile'))).toHaveLength(0);
	});
});
