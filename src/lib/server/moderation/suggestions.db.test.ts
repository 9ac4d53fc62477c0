import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { mailOutbox, producers, user, userRoles } from '$lib/server/db/schema';
import { T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { mailOrigin } from '$lib/server/mail/links';
import { sendDigests } from './digest';
import { getRevision, listQueue } from './revisions-repository';
import { confirmSuggestion, submitSuggestion, SUGGESTION_LIMITS, type SuggestionFields } from './suggestions-flow';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const fields = (name: string, municipalityId = T.abelu): SuggestionFields => ({
	name,
	kind: 'home_producer',
	whatTheyMake: 'Maize un pīrāgi',
	categoryIds: [],
	municipalityId,
	address: 'Ozolu iela 3',
	phone: '+371 20000001',
	email: null,
	website: null,
	facebook: null
});
const tokenFrom = async (to: string, db = h.db) => {
	const [mail] = await db.select({ text: mailOutbox.text, subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, to));
	return { mail, token: new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')! };
};

describe('suggest a producer', () => {
	it('reaches the queue only after the e-mail link is confirmed, once', async () => {
		const r = await submitSuggestion(h.db, { fields: fields('Vecmāmiņas maiznīca'), suggesterEmail: 'Ieteicejs@Example.lv', locale: 'ru', ip: '10.0.0.1', userId: null });
		expect(r.ok).toBe(true);
		const revisionId = r.ok ? r.revisionId : '';
		const rev = await getRevision(h.db, revisionId);
		expect(rev).toMatchObject({ status: 'unconfirmed', authorEmail: 'ieteicejs@example.lv', authorLocale: 'ru', source: 'suggestion' });
		expect((await listQueue(h.db, {}, 100, 0)).map((q) => q.id)).not.toContain(revisionId);
		const [row] = await h.db.select({ status: producers.status, precision: producers.locationPrecision, description: producers.description }).from(producers).where(eq(producers.id, rev!.entityId));
		// a home address someone else typed is not shown until the producer decides
		expect(row).toEqual({ status: 'draft', precision: 'municipality', description: { lv: 'Maize un pīrāgi', ru: 'Maize un pīrāgi' } });

		const { mail, token } = await tokenFrom('ieteicejs@example.lv');
		expect(mail.subject).toBe('Подтвердите предложение: Vecmāmiņas maiznīca');
		expect(mail.text).toContain('/ru/ieteikt/apstiprinat?token=');
		expect(await confirmSuggestion(h.db, 'not-a-real-token-but-long-enough')).toBeNull();
		expect(await confirmSuggestion(h.db, token)).toEqual({ name: 'Vecmāmiņas maiznīca' });
		expect(await confirmSuggestion(h.db, token)).toBeNull();
		expect((await getRevision(h.db, revisionId))?.status).toBe('pending');
		expect((await listQueue(h.db, {}, 100, 0)).map((q) => q.id)).toContain(revisionId);
		const [after] = await h.db.select({ status: producers.status }).from(producers).where(eq(producers.id, rev!.entityId));
		expect(after.status).toBe('pending');
	});

	it('limits suggestions per e-mail address and per IP address', async () => {
		const email = 'daudz@example.lv';
		const results = [];
		for (let i = 0; i <= SUGGESTION_LIMITS.perEmail.limit; i++) {
			results.push(await submitSuggestion(h.db, { fields: fields(`Ieteikums ${i}`), suggesterEmail: email, locale: 'lv', ip: `10.1.0.${i}`, userId: null }));
		}
		expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
		expect(results.at(-1)).toMatchObject({ ok: false });
		const ip = '10.9.9.9';
		let last;
		for (let i = 0; i <= SUGGESTION_LIMITS.perIp.limit; i++) {
			last = await submitSuggestion(h.db, { fields: fields(`No IP ${i}`), suggesterEmail: `ip${i}@example.lv`, locale: 'lv', ip, userId: null });
		}
		expect(last).toMatchObject({ ok: false });
	});
});

describe('daily digest', () => {
	// its own database: what waits for review here is exactly the one suggestion confirmed below
	let d: DbHandle;
	beforeAll(async () => {
		d = await openFixtureDb();
		await d.db.insert(user).values([
			{ id: 'u-mod', name: 'Moderatore', email: 'mod@example.lv', emailVerified: true, locale: 'en' },
			{ id: 'u-member', name: 'Biedrs', email: 'biedrs@example.lv', emailVerified: true }
		]);
		await d.db.insert(userRoles).values([
			{ userId: 'u-mod', role: 'moderator' },
			{ userId: 'u-member', role: 'member' }
		]);
		const submitted = await submitSuggestion(d.db, { fields: fields('Kalna dzirnavas'), suggesterEmail: 'dzirnavas@example.lv', locale: 'lv', ip: '10.2.0.1', userId: null });
		expect(submitted.ok).toBe(true);
		expect(await confirmSuggestion(d.db, (await tokenFrom('dzirnavas@example.lv', d.db)).token)).toEqual({ name: 'Kalna dzirnavas' });
	});
	afterAll(async () => d?.close());
	const digestsTo = async (to: string) => d.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.createdAt);

	it('mails each reviewer the waiting items in their reach, and nobody when nothing waits there', async () => {
		const sent = await sendDigests(d.db, new Date(Date.now() + 3 * 86_400_000));
		expect(sent).toBe(1);
		const [mail] = await digestsTo('mod@example.lv');
		expect(mail.subject).toBe('Tuvumā: 1 item waits for review');
		expect(mail.text).toContain('Kalna dzirnavas (Producer), waiting 3 days');
		// the queue, in the reviewer's language, on the public origin
		expect(mail.text).toContain(`${mailOrigin()}/en/moderacija\n`);
		expect(await digestsTo('biedrs@example.lv')).toEqual([]);
	});

	it('says "today", not "0 days", for what came in today', async () => {
		await sendDigests(d.db, new Date());
		const mails = await digestsTo('mod@example.lv');
		expect(mails.at(-1)?.text).toContain('Kalna dzirnavas (Producer), sent in today');
		expect(mails.at(-1)?.text).not.toContain('0 days');
	});
});
