import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { account, auditLog, claims, consents, producerOwners, producers, reports, session, user } from '../db/schema';
import { recordConsent, PRIVACY_VERSION } from './consents-repository';
import { collectPersonalData, PERSONAL_DATA_COLLECTORS } from './personal-data';
import { deleteAccount } from './account-deletion';

let h: DbHandle;

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await recordConsent(h.db, { userId: 'demo-kalnmuiza', kind: 'privacy', textVersion: PRIVACY_VERSION, locale: 'lv' });
	await h.db.insert(session).values({ id: 's1', token: 't1', userId: 'demo-kalnmuiza', expiresAt: new Date(Date.now() + 86_400_000), userAgent: 'Test' });
});
afterAll(async () => {
	await h?.close();
});

describe('GDPR', () => {
	it('the export has one entry per collector with the user’s rows', async () => {
		const data = await collectPersonalData(h.db, 'demo-kalnmuiza');
		for (const c of PERSONAL_DATA_COLLECTORS) expect(data).toHaveProperty(c.name);
		expect(data.account).toMatchObject({ email: 'kalnmuiza@demo.tuvuma.lv' });
		expect(data.ownedProducers).toEqual([expect.objectContaining({ slug: 'kalnmuizas' })]);
		expect(data.consents).toEqual([expect.objectContaining({ textVersion: PRIVACY_VERSION })]);
		expect(data.sessions).toHaveLength(1);
		expect(JSON.stringify(data)).not.toContain('scrypt');
	});

	it('deletion erases the person, keeps the anonymised row and the published listing, and is audited', async () => {
		await deleteAccount(h.db, 'demo-kalnmuiza');
		const [u] = await h.db.select({ name: user.name, email: user.email, deletedAt: user.deletedAt }).from(user).where(eq(user.id, 'demo-kalnmuiza'));
		expect(u.name).toBe('');
		expect(u.email).toBe('deleted-demo-kalnmuiza@deleted.invalid');
		expect(u.deletedAt).toBeInstanceOf(Date);
		for (const table of [session, account, consents, producerOwners]) {
			expect(await h.db.select({ u: table.userId }).from(table).where(eq(table.userId, 'demo-kalnmuiza'))).toEqual([]);
		}
		const [entry] = await h.db.select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.entityId, 'demo-kalnmuiza'));
		expect(entry).toEqual({ action: 'account.delete', details: {} });
	});

	it('contributions: the download lists them; deletion drops claims and the reporter’s address, keeps the report', async () => {
		const [{ id: producerId }] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'abolinu-darzs'));
		await h.db.insert(claims).values({ producerId, userId: 'demo-biedrs', message: 'Tas esmu es' });
		await h.db.insert(reports).values({ listingType: 'producer', listingId: producerId, reason: 'closed', comment: 'Slēgts', reporterUserId: 'demo-biedrs', reporterEmail: 'biedrs@demo.tuvuma.lv' });
		const data = await collectPersonalData(h.db, 'demo-biedrs');
		expect(data.claims).toEqual([expect.objectContaining({ message: 'Tas esmu es' })]);
		expect(data.problemReports).toEqual([expect.objectContaining({ comment: 'Slēgts' })]);

		await deleteAccount(h.db, 'demo-biedrs');
		expect(await h.db.select({ id: claims.id }).from(claims).where(eq(claims.userId, 'demo-biedrs'))).toEqual([]);
		const kept = await h.db.select({ email: reports.reporterEmail, userId: reports.reporterUserId }).from(reports).where(eq(reports.comment, 'Slēgts'));
		expect(kept).toEqual([{ email: null, userId: null }]);
	});
});
