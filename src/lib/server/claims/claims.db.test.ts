import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { auditLog, claims, mailOutbox, producerOwners, producers, user } from '$lib/server/db/schema';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { slugOf } from '$lib/server/producers/test-fixtures';
import { mailOrigin } from '$lib/server/mail/links';
import { decideClaim, submitClaim } from './flow';
import { pendingClaims } from './queries';

let h: DbHandle;
let producerId: string;
const LISTING_EMAIL = 'bites@example.lv';
// links in mails are built on the configured public origin (mail/links.ts), whatever it is here
const O = mailOrigin();

beforeAll(async () => {
	h = await openFixtureDb();
	[{ id: producerId }] = await h.db
		.update(producers)
		.set({ email: LISTING_EMAIL })
		.where(eq(producers.slug, slugOf('Bišu māja')))
		.returning({ id: producers.id });
	await h.db.insert(user).values([
		{ id: 'u-match', name: 'Bitenieks', email: LISTING_EMAIL, emailVerified: true },
		{ id: 'u-unverified', name: 'Nepārbaudīts', email: 'bites2@example.lv', emailVerified: false },
		{ id: 'u-other', name: 'Cits', email: 'cits@example.lv', emailVerified: true },
		{ id: 'u-mod', name: 'Moderators', email: 'mod@example.lv', emailVerified: true }
	]);
});
afterAll(async () => h?.close());

const claimant = (id: string, email: string, emailVerified = true) => ({ userId: id, email, emailVerified, locale: 'en' });
const owners = async () => (await h.db.select({ u: producerOwners.userId }).from(producerOwners).where(eq(producerOwners.producerId, producerId))).map((r) => r.u).sort();

describe('claims', () => {
	it('approves at once when the verified e-mail is the listing e-mail, with audit and mail', async () => {
		expect(await submitClaim(h.db, { producerId, claimant: claimant('u-match', ' Bites@Example.lv '), message: null })).toBe('approved');
		expect(await owners()).toEqual(['u-match']);
		expect(await submitClaim(h.db, { producerId, claimant: claimant('u-match', LISTING_EMAIL), message: null })).toBe('already_owner');
		const [audit] = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, producerId));
		expect(audit.action).toBe('claim.auto_approve');
		const mails = await h.db.select({ subject: mailOutbox.subject }).from(mailOutbox).where(eq(mailOutbox.to, ' Bites@Example.lv '));
		expect(mails.map((m) => m.subject)).toEqual(['You now manage “Bišu māja” on Tuvumā']);
	});

	it('an unverified matching e-mail waits for a moderator; a second claim is not duplicated', async () => {
		expect(await submitClaim(h.db, { producerId, claimant: claimant('u-unverified', LISTING_EMAIL, false), message: 'Esmu dēls' })).toBe('pending');
		expect(await submitClaim(h.db, { producerId, claimant: claimant('u-unverified', LISTING_EMAIL, false), message: null })).toBe('already_pending');
		const list = await pendingClaims(h.db, null, 'lv');
		expect(list.map((c) => [c.producerName, c.claimantEmail, c.message])).toEqual([['Bišu māja', 'bites2@example.lv', 'Esmu dēls']]);
		// a territory editor elsewhere does not see it
		expect(await pendingClaims(h.db, [1], 'lv')).toEqual([]);
	});

	it('a moderator approves (owner added) or rejects (reason mailed); the second decision loses', async () => {
		const [pending] = await pendingClaims(h.db, null, 'lv');
		expect(await decideClaim(h.db, { claimId: pending.id, approve: true, reason: null, moderatorUserId: 'u-mod' })).toBe('done');
		expect(await decideClaim(h.db, { claimId: pending.id, approve: false, reason: 'x', moderatorUserId: 'u-mod' })).toBe('already_decided');
		expect(await owners()).toEqual(['u-match', 'u-unverified']);

		expect(await submitClaim(h.db, { producerId, claimant: claimant('u-other', 'cits@example.lv'), message: null })).toBe('pending');
		const [other] = await pendingClaims(h.db, null, 'lv');
		// another address than the listing's: flagged for the moderator, and the listing's contact is told
		expect(other.emailDiffers).toBe(true);
		const told = await h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, LISTING_EMAIL));
		expect(told.map((t) => t.subject)).toContain('Kāds vēlas pārvaldīt “Bišu māja” Tuvumā');
		expect(told.find((t) => t.subject.startsWith('Kāds'))?.text).toContain('cits@example.lv');
		expect(told.find((t) => t.subject.startsWith('Kāds'))?.text).toContain(`${O}/lv/zinot?type=producer&slug=${slugOf('Bišu māja')}\n`);
		expect(await decideClaim(h.db, { claimId: other.id, approve: false, reason: 'Nav pierādījumu', moderatorUserId: 'u-mod' })).toBe('done');
		expect(await owners()).toEqual(['u-match', 'u-unverified']);
		const [row] = await h.db.select({ status: claims.status, reason: claims.decisionReason, by: claims.decidedByUserId }).from(claims).where(eq(claims.id, other.id));
		expect(row).toEqual({ status: 'rejected', reason: 'Nav pierādījumu', by: 'u-mod' });
		const [mail] = await h.db.select({ text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, 'cits@example.lv'));
		expect(mail.text).toContain('Nav pierādījumu');
		const actions = await h.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, producerId), eq(auditLog.actorUserId, 'u-mod')));
		expect(actions.map((a) => a.action).sort()).toEqual(['claim.approve', 'claim.reject']);
	});
});
