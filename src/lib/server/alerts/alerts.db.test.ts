import { authSecret } from '../auth/secret';
import { and, desc, eq, like, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { alertSubscriptions, categories, jobs, mailOutbox, producers, territories, user } from '$lib/server/db/schema';
import { decide } from '$lib/server/moderation/review-flow';
import { submitRevision } from '$lib/server/moderation/revisions-flow';
import { searchPort } from '$lib/server/search';
import { collectPersonalData } from '$lib/server/auth/personal-data';
import { deleteAccount } from '$lib/server/auth/account-deletion';
import { parseAlertForm } from './alert-form';
import { ALERT_DIGEST_JOB, expireUnconfirmed, requestAlertDigestNow, sendAlertDigests } from './digest';
import { confirmAlert, subscribeAlert, unsubscribeAlert } from './flow';
import { alertToken } from './tokens';

/** Alerts end to end on the data layer: double opt-in, the weekly digest, one-click unsubscribe, GDPR. */
let h: DbHandle;
let ip = 0;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	await h.db.insert(user).values({ id: 'mod-a', name: 'Mod', email: 'mod-a@example.lv', emailVerified: true });
});
afterAll(async () => h?.close());

const fields = (email: string, query: string, what = ['producers', 'products', 'sales_points']) => {
	const f = new FormData();
	f.set('email', email);
	f.set('consent', 'on');
	f.set('query', query);
	for (const w of what) f.append('what', w);
	return parseAlertForm(f).fields!;
};
const subscribe = (email: string, query: string, locale = 'lv', account: { userId: string; email: string } | null = null) =>
	subscribeAlert(h.db, { fields: fields(email, query), locale, ip: `10.0.0.${++ip}`, account });
const lastMail = async (to: string) => (await h.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt)).limit(1))[0];
const tokenIn = (text: string, path: string) => new URL(text.match(new RegExp(`https?://\\S+/${path}\\?t=\\S+`))![0]).searchParams.get('t')!;
const idOf = async (table: typeof territories | typeof categories, slug: string) => (await h.db.select({ id: table.id }).from(table).where(eq(table.slug, slug)))[0].id;

async function publishProducer(name: string, municipality: string, category: string): Promise<string> {
	const r = await submitRevision(h.db, {
		entityType: 'producer',
		entityId: null,
		proposed: { name, kind: 'home_producer', description: { lv: `${name}: medus no mūsu dravas.` }, municipalityId: await idOf(territories, municipality), categoryIds: [await idOf(categories, category)] },
		author: { userId: null, email: 'jauns@example.lv', locale: 'lv' },
		source: 'owner'
	});
	expect(await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-a' })).toEqual({ ok: true });
	await searchPort().reindexAll(h.db);
	return r.entityId;
}

describe('alerts', () => {
	it('subscribing sends a confirmation link and nothing else; the link confirms and schedules the digest', async () => {
		const r = await subscribe('ilze@example.lv', 'category=medus&municipality=siguldas-novads');
		expect(r).toMatchObject({ ok: true, alert: 'Medus · Siguldas novads' });
		const [row] = await h.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.email, 'ilze@example.lv'));
		expect(row).toMatchObject({ status: 'pending', query: 'category=medus&municipality=siguldas-novads', locale: 'lv', userId: null });
		expect(row.consentText).toMatch(/Piekrītu/);
		expect(row.expiresAt!.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
		const mail = await lastMail('ilze@example.lv');
		expect(mail.subject).toBe('Apstipriniet paziņojumus: Medus · Siguldas novads');
		const token = tokenIn(mail.text, 'lv/pazinojumi/apstiprinat');

		expect(await confirmAlert(h.db, 'x.y')).toEqual({ ok: false, error: 'invalid' });
		const confirmed = await confirmAlert(h.db, token);
		expect(confirmed).toMatchObject({ ok: true, alert: 'Medus · Siguldas novads' });
		const [after] = await h.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.id, row.id));
		expect(after).toMatchObject({ status: 'confirmed', expiresAt: null });
		expect(await h.db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.kind, ALERT_DIGEST_JOB), eq(jobs.state, 'pending')))).toHaveLength(1);
		// confirming twice is harmless
		expect(await confirmAlert(h.db, token)).toMatchObject({ ok: true });
	});

	it('the weekly digest lists what became public since, in the alert, with one-click unsubscribe headers — once', async () => {
		await subscribe('janis@example.lv', 'municipality=rezeknes-novads', 'en');
		await confirmAlert(h.db, tokenIn((await lastMail('janis@example.lv')).text, 'en/pazinojumi/apstiprinat'));
		await publishProducer('Jaunā drava pie Siguldas', 'siguldas-novads', 'medus');
		await publishProducer('Kurzemes jaunā drava', 'kuldigas-novads', 'medus');

		expect(await sendAlertDigests(h.db, new Date(Date.now() + 1000))).toBe(1);
		const digest = await lastMail('ilze@example.lv');
		expect(digest.subject).toBe('1 jaunums: Medus · Siguldas novads');
		expect(digest.text).toContain('Jaunā drava pie Siguldas');
		expect(digest.text).toMatch(/\/lv\/razotaji\/jauna-drava-pie-siguldas/);
		expect(digest.text).not.toContain('Kurzemes jaunā drava');
		const unsubscribe = new URL(digest.text.match(/https?:\/\/\S+\/lv\/pazinojumi\/atteikties\?t=\S+/)![0]);
		expect(digest.headers).toEqual({ 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
		// nothing new in Rēzeknes novads: no mail at all
		expect((await lastMail('janis@example.lv')).subject).toMatch(/^Confirm your alert/);
		// the window moved on: the next digest repeats nothing
		expect(await sendAlertDigests(h.db, new Date(Date.now() + 2000))).toBe(0);
	});

	it('an administrator’s "send now" is one digest job due at once, however often pressed while it waits', async () => {
		const now = new Date();
		await requestAlertDigestNow(h.db, now);
		await requestAlertDigestNow(h.db, now);
		const due = and(eq(jobs.kind, ALERT_DIGEST_JOB), eq(jobs.state, 'pending'), lte(jobs.runAt, now));
		expect(await h.db.select({ id: jobs.id }).from(jobs).where(due)).toHaveLength(1);
		await h.db.delete(jobs).where(due);
	});

	it('one click unsubscribes (and only with a valid token); "all" removes every alert of the address', async () => {
		const digest = await lastMail('ilze@example.lv');
		const token = tokenIn(digest.text, 'lv/pazinojumi/atteikties');
		expect(await unsubscribeAlert(h.db, token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toEqual({ ok: false });
		expect(await unsubscribeAlert(h.db, token)).toEqual({ ok: true, removed: 1 });
		expect(await unsubscribeAlert(h.db, token)).toEqual({ ok: true, removed: 0 });
		expect(await h.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.email, 'ilze@example.lv'))).toEqual([]);

		await subscribe('daudz@example.lv', 'region=latgale');
		await subscribe('daudz@example.lv', 'q=siers');
		const first = await h.db.select({ id: alertSubscriptions.id }).from(alertSubscriptions).where(eq(alertSubscriptions.email, 'daudz@example.lv'));
		expect(first).toHaveLength(2);
		expect(await unsubscribeAlert(h.db, alertToken('unsubscribe', first[0].id, authSecret()), { all: true })).toEqual({ ok: true, removed: 2 });
	});

	it('asking again changes nothing and says so; unconfirmed subscriptions expire with their address', async () => {
		await subscribe('atkal@example.lv', 'q=medus&region=vidzeme');
		await confirmAlert(h.db, tokenIn((await lastMail('atkal@example.lv')).text, 'lv/pazinojumi/apstiprinat'));
		await subscribe('atkal@example.lv', 'q=medus&region=vidzeme');
		expect((await lastMail('atkal@example.lv')).subject).toMatch(/^Jūs jau saņemat/);
		expect(await h.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.email, 'atkal@example.lv'))).toHaveLength(1);

		await subscribe('aizmirsa@example.lv', 'region=kurzeme');
		expect(await expireUnconfirmed(h.db, new Date(Date.now() + 8 * 86_400_000))).toBeGreaterThanOrEqual(1);
		expect(await h.db.select().from(alertSubscriptions).where(eq(alertSubscriptions.email, 'aizmirsa@example.lv'))).toEqual([]);
	});

	it('is rate-limited per address and refuses filters that name nothing', async () => {
		for (let i = 0; i < 5; i++) expect((await subscribe('daudzreiz@example.lv', `q=medus${'a'.repeat(i)}`)).ok).toBe(true);
		expect(await subscribe('daudzreiz@example.lv', 'q=siers')).toMatchObject({ ok: false, error: 'rate_limited' });
		expect(await subscribe('cits@example.lv', 'category=nav-tadas')).toEqual({ ok: false, error: 'unknown_filter' });
	});

	it('belongs to the account of its address: in the GDPR export, gone with the account', async () => {
		await h.db.insert(user).values({ id: 'u-alerts', name: 'Anna', email: 'anna@example.lv', emailVerified: true });
		await subscribe('anna@example.lv', 'category=medus', 'lv', { userId: 'u-alerts', email: 'anna@example.lv' });
		await subscribe('ANNA@example.lv', 'region=zemgale');
		const data = await collectPersonalData(h.db, 'u-alerts');
		expect((data.alertSubscriptions as { search: string; consent: string }[]).map((s) => s.search).sort()).toEqual(['category=medus', 'region=zemgale']);
		expect((data.alertSubscriptions as { consent: string }[])[0].consent).toMatch(/Piekrītu/);
		await deleteAccount(h.db, 'u-alerts');
		expect(await h.db.select().from(alertSubscriptions).where(like(alertSubscriptions.email, '%anna@example.lv'))).toEqual([]);
	});

	it('a new sales point and a new product of a matching producer are news too', async () => {
		await subscribe('tirgus@example.lv', 'municipality=siguldas-novads');
		await confirmAlert(h.db, tokenIn((await lastMail('tirgus@example.lv')).text, 'lv/pazinojumi/apstiprinat'));
		const [bitenieki] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'dravnieciba-bitenieki'));
		const product = await submitRevision(h.db, {
			entityType: 'product',
			entityId: null,
			proposed: { producerId: bitenieki.id, name: { lv: 'Griķu medus burciņā' }, categoryId: await idOf(categories, 'medus') },
			author: { userId: null, email: 'bitenieki@example.lv', locale: 'lv' },
			source: 'owner'
		});
		expect(await decide(h.db, { revisionId: product.revisionId, decision: 'approve', reviewerUserId: 'mod-a' })).toEqual({ ok: true });
		const point = await submitRevision(h.db, {
			entityType: 'sales_point',
			entityId: null,
			proposed: { name: 'Siguldas pavasara tirdziņš', kind: 'market', municipalityId: await idOf(territories, 'siguldas-novads'), locationPrecision: 'municipality' },
			author: { userId: null, email: 'tirgus-rikotajs@example.lv', locale: 'lv' },
			source: 'owner'
		});
		expect(await decide(h.db, { revisionId: point.revisionId, decision: 'approve', reviewerUserId: 'mod-a' })).toEqual({ ok: true });
		await searchPort().reindexAll(h.db);
		await sendAlertDigests(h.db, new Date(Date.now() + 3000));
		const digest = await lastMail('tirgus@example.lv');
		expect(digest.text).toContain('Griķu medus burciņā');
		expect(digest.text).toContain('Siguldas pavasara tirdziņš');
		expect(digest.text).toMatch(/\/lv\/tirdzniecibas-vietas\//);
	});
});
