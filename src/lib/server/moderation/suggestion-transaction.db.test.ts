import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { images, mailOutbox, rateLimits, revisions } from '$lib/server/db/schema';
import { prepareImage } from '$lib/server/images/flow';
import { databaseImageStorage, useImageStorage } from '$lib/server/images/storage';
import { plainPng } from '$lib/server/images/test-images';
import { T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { signFormStart } from './form-guard';
import { submitSuggestion, SUGGESTION_LIMITS, type SuggestionFields } from './suggestions-flow';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());
afterEach(() => useImageStorage(databaseImageStorage));

const fields = (name: string): SuggestionFields => ({
	name,
	kind: 'home_producer',
	whatTheyMake: 'Kūpināta gaļa',
	categoryIds: [],
	municipalityId: T.abelu,
	address: null,
	phone: '+371 2912 3456',
	email: null,
	website: null,
	facebook: null
});
const SECRET = 'x'.repeat(40);
const input = (name: string, email: string, ip: string, extra: { formToken?: string; photo?: Awaited<ReturnType<typeof prepareImage>> } = {}) => ({
	fields: fields(name),
	suggesterEmail: email,
	locale: 'lv',
	ip,
	userId: null,
	...extra
});
const suggestionsBy = async (email: string) => h.db.select({ id: revisions.id, entityId: revisions.entityId }).from(revisions).where(eq(revisions.authorEmail, email));
const counter = async (key: string) => (await h.db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key)))[0]?.count ?? 0;
const failingStorage = { ...databaseImageStorage, put: async () => Promise.reject(new Error('disk full')) };

describe('a suggestion and its photo in one transaction', () => {
	it('stores the photo with the suggestion; a storage failure leaves no suggestion, no mail and no spent token', async () => {
		const photo = await prepareImage(new Uint8Array(await plainPng()), 'Foto');
		const email = 'foto@example.lv';
		const formToken = signFormStart(new Date(), SECRET);
		useImageStorage(failingStorage);
		const refused = await submitSuggestion(h.db, input('Kūpinātava', email, '10.5.0.1', { formToken, photo }));
		expect(refused).toEqual({ ok: false, reason: 'photo_storage' });
		expect(await suggestionsBy(email)).toEqual([]);
		expect(await h.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, email))).toEqual([]);
		expect(await counter(`suggest:ip:10.5.0.1`)).toBe(0);
		expect(await h.db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, 'form-token:%'))).toEqual([]);

		// the same form sent again once storage works: one suggestion, with its photo
		useImageStorage(databaseImageStorage);
		const sent = await submitSuggestion(h.db, input('Kūpinātava', email, '10.5.0.1', { formToken, photo }));
		expect(sent).toMatchObject({ ok: true, repeated: false });
		const rows = await suggestionsBy(email);
		expect(rows).toHaveLength(1);
		const stored = await h.db.select({ producerId: images.producerId }).from(images).where(eq(images.id, sent.ok ? sent.photoId! : ''));
		expect(stored).toEqual([{ producerId: rows[0].entityId }]);
	});

	it('answers a resubmitted form (same token or a fresh one, same content) with the suggestion already stored', async () => {
		const email = 'divreiz@example.lv';
		const formToken = signFormStart(new Date(), SECRET);
		const first = await submitSuggestion(h.db, input('Dzirnavas', email, '10.6.0.1', { formToken }));
		const again = await submitSuggestion(h.db, input('Dzirnavas', email, '10.6.0.1', { formToken }));
		const reloaded = await submitSuggestion(h.db, input('Dzirnavas', email, '10.6.0.1', { formToken: signFormStart(new Date(), SECRET) }));
		expect(first).toMatchObject({ ok: true, repeated: false });
		expect(again).toMatchObject({ ok: true, repeated: true, revisionId: first.ok ? first.revisionId : '' });
		expect(reloaded).toMatchObject({ ok: true, repeated: true, revisionId: first.ok ? first.revisionId : '' });
		expect(await suggestionsBy(email)).toHaveLength(1);
		expect(await h.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, email))).toHaveLength(1);
		expect(await counter(`suggest:email:${email}`)).toBe(1);
		// a spent token with other content is a replay, not a retry
		expect(await submitSuggestion(h.db, input('Cita sēta', email, '10.6.0.1', { formToken }))).toEqual({ ok: false, reason: 'expired' });
		expect(await suggestionsBy(email)).toHaveLength(1);
	});

	it('counts a rate-limit slot only for a suggestion that commits', async () => {
		const ip = '10.7.0.1';
		useImageStorage(failingStorage);
		const photo = await prepareImage(new Uint8Array(await plainPng()), 'Foto');
		for (let i = 0; i < 3; i++) expect(await submitSuggestion(h.db, input(`Neizdevās ${i}`, `limits${i}@example.lv`, ip, { photo }))).toMatchObject({ ok: false, reason: 'photo_storage' });
		expect(await counter(`suggest:ip:${ip}`)).toBe(0);
		useImageStorage(databaseImageStorage);
		const accepted = [];
		for (let i = 0; i < SUGGESTION_LIMITS.perIp.limit; i++) accepted.push(await submitSuggestion(h.db, input(`Pieņemts ${i}`, `limits${i}@example.lv`, ip)));
		expect(accepted.every((r) => r.ok)).toBe(true);
		expect(await counter(`suggest:ip:${ip}`)).toBe(SUGGESTION_LIMITS.perIp.limit);
		// over the limit: refused, and the refusal itself takes no slot of the e-mail's counter either
		expect(await submitSuggestion(h.db, input('Par daudz', 'vel-viens@example.lv', ip))).toMatchObject({ ok: false, reason: 'rate_limited' });
		expect(await counter('suggest:email:vel-viens@example.lv')).toBe(0);
		expect(await counter(`suggest:ip:${ip}`)).toBe(SUGGESTION_LIMITS.perIp.limit);
	});
});
