import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { auditLog, jobs, mailOutbox, producers, rateLimits, reports, territories, user } from '$lib/server/db/schema';
import { REINDEX_LISTING_JOB, REPORT_LIMITS, reportScope, resolveReport, submitReport } from './flow';
import { reportsPage } from './queries';
import type { ReportFields } from './report-form';

let h: DbHandle;
let jelgavasNovads: number;
let siguldasNovads: number;
let moderatorId: string;
let editorId: string;

const fields = (over: Partial<ReportFields> = {}): ReportFields => ({
	listingType: 'producer',
	slug: 'kalnmuizas',
	reason: 'closed',
	comment: 'Saimniecība slēgta kopš rudens.',
	duplicateOfSlug: null,
	email: null,
	...over
});
const submit = (over: Partial<ReportFields> = {}, who: { ip?: string; userId?: string | null; locale?: string } = {}) =>
	submitReport(h.db, { fields: fields(over), locale: who.locale ?? 'lv', ip: who.ip ?? '203.0.113.1', userId: who.userId ?? null });
const filter = { reason: null, municipalityId: null, olderThanDays: null, status: 'open' as const };
const municipality = async (name: string) =>
	(await h.db.select({ id: territories.id }).from(territories).where(sql`${territories.kind} = 'municipality' and ${territories.name}->>'lv' = ${name}`))[0].id;

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	jelgavasNovads = await municipality('Jelgavas novads');
	siguldasNovads = await municipality('Siguldas novads');
	const userId = async (email: string) => (await h.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0].id;
	moderatorId = await userId('moderators@demo.tuvuma.lv');
	editorId = await userId('lielupe@demo.tuvuma.lv');
});
afterAll(async () => h?.close());
beforeEach(async () => {
	await h.db.delete(reports);
	await h.db.delete(rateLimits);
});

describe('submitReport', () => {
	it('stores the report with the listing\'s municipality and an audit entry', async () => {
		const result = await submit({ email: 'ieva@example.lv' });
		expect(result).toMatchObject({ ok: true, listingName: 'Z/S "Kalnmuižas"' });
		const [row] = await h.db.select().from(reports);
		expect(row).toMatchObject({ listingType: 'producer', reason: 'closed', status: 'open', municipalityId: siguldasNovads, reporterEmail: 'ieva@example.lv', reporterLocale: 'lv' });
		const audits = await h.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row.listingId));
		expect(audits.map((a) => a.action)).toContain('report.create');
	});

	it('links a duplicate to the other listing, and refuses unknown or unpublished ones', async () => {
		const ok = await submit({ reason: 'duplicate', duplicateOfSlug: 'ozolkalna-kazas' });
		expect(ok.ok).toBe(true);
		const [row] = await h.db.select({ duplicateOfId: reports.duplicateOfId }).from(reports);
		expect(row.duplicateOfId).not.toBeNull();
		expect(await submit({ reason: 'duplicate', duplicateOfSlug: 'nav-tada' })).toEqual({ ok: false, error: 'duplicate_not_found' });
		expect(await submit({ slug: 'nav-tada' })).toEqual({ ok: false, error: 'listing_not_found' });
		expect(await submit({ listingType: 'sales_point', slug: 'kalnmuizas' })).toEqual({ ok: false, error: 'listing_not_found' });
	});

	it('limits anonymous reports per IP and signed-in ones per user, in the database', async () => {
		for (let i = 0; i < REPORT_LIMITS.perIp.limit; i++) expect((await submit({}, { ip: '198.51.100.7' })).ok).toBe(true);
		const refused = await submit({}, { ip: '198.51.100.7' });
		expect(refused).toMatchObject({ ok: false, error: 'rate_limited' });
		expect((await submit({}, { ip: '198.51.100.8' })).ok).toBe(true);
	});
});

describe('the reports tab and resolving', () => {
	it('shows a territory editor only reports in their municipalities; filters by reason and age', async () => {
		await submit({ slug: 'ozolkalna-kazas', comment: 'Jelgavas novadā' });
		await submit({ slug: 'kalnmuizas', reason: 'wrong_info', comment: 'Siguldas novadā' });
		const now = new Date();
		const editor = await reportsPage(h.db, { territoryIds: [jelgavasNovads], filter, locale: 'lv', now });
		expect(editor.reports.map((r) => r.comment)).toEqual(['Jelgavas novadā']);
		expect(editor.municipalities.map((m) => m.id)).toEqual([jelgavasNovads]);
		const everyone = await reportsPage(h.db, { territoryIds: null, filter, locale: 'lv', now });
		expect(everyone.reports.map((r) => r.comment)).toEqual(['Jelgavas novadā', 'Siguldas novadā']);
		expect(everyone.reports[0].listing).toMatchObject({ name: 'Ozolkalna kazas', href: '/lv/razotaji/ozolkalna-kazas' });
		const wrong = await reportsPage(h.db, { territoryIds: null, filter: { ...filter, reason: 'wrong_info' }, locale: 'lv', now });
		expect(wrong.reports.map((r) => r.comment)).toEqual(['Siguldas novadā']);
		const old = await reportsPage(h.db, { territoryIds: null, filter: { ...filter, olderThanDays: 7 }, locale: 'lv', now });
		expect(old.reports).toEqual([]);
		const outside = await reportsPage(h.db, { territoryIds: [jelgavasNovads], filter: { ...filter, municipalityId: siguldasNovads }, locale: 'lv', now });
		expect(outside.reports).toEqual([]);
	});

	it('resolving with "archive" archives the listing, queues a reindex and mails the reporter in their language', async () => {
		const sent = await submit({ email: 'anna@example.com' }, { locale: 'en' });
		if (!sent.ok) throw new Error('not sent');
		expect(await reportScope(h.db, sent.reportId)).toEqual({ municipalityId: String(siguldasNovads) });
		const result = await resolveReport(h.db, {
			decision: { reportId: sent.reportId, outcome: 'resolved', note: 'Closed for good.', archiveListing: true },
			actorUserId: moderatorId
		});
		expect(result).toEqual({ ok: true });
		const [listing] = await h.db.select({ status: producers.status }).from(producers).where(eq(producers.slug, 'kalnmuizas'));
		expect(listing.status).toBe('archived');
		const [row] = await h.db.select().from(reports).where(eq(reports.id, sent.reportId));
		expect(row).toMatchObject({ status: 'resolved', resolutionNote: 'Closed for good.', previousListingStatus: 'published', resolvedByUserId: moderatorId });
		expect(await h.db.select({ kind: jobs.kind }).from(jobs).where(eq(jobs.kind, REINDEX_LISTING_JOB))).toHaveLength(1);
		const [mail] = await h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, 'anna@example.com'));
		expect(mail.subject).toBe('About your report: Z/S "Kalnmuižas"');
		expect(mail.text).toContain('no longer shown in the directory');
		expect(mail.text).toContain("The moderator's note: Closed for good.");
		const audits = await h.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.action, 'report.resolve'), eq(auditLog.actorUserId, moderatorId)));
		expect(audits).toHaveLength(1);

		expect(await resolveReport(h.db, { decision: { reportId: sent.reportId, outcome: 'dismissed', note: 'x', archiveListing: false }, actorUserId: moderatorId })).toEqual({
			ok: false,
			error: 'already_closed'
		});
		await h.db.update(producers).set({ status: 'published' }).where(eq(producers.slug, 'kalnmuizas'));
	});

	it('dismissing leaves the listing alone and sends no mail when the reporter left no address', async () => {
		const sent = await submit({ slug: 'ozolkalna-kazas' });
		if (!sent.ok) throw new Error('not sent');
		const before = Number((await h.db.select({ n: sql<number>`count(*)` }).from(mailOutbox))[0].n);
		await resolveReport(h.db, { decision: { reportId: sent.reportId, outcome: 'dismissed', note: 'Strādā.', archiveListing: false }, actorUserId: editorId });
		const [listing] = await h.db.select({ status: producers.status }).from(producers).where(eq(producers.slug, 'ozolkalna-kazas'));
		expect(listing.status).toBe('published');
		expect(Number((await h.db.select({ n: sql<number>`count(*)` }).from(mailOutbox))[0].n)).toBe(before);
		const closed = await reportsPage(h.db, { territoryIds: null, filter: { ...filter, status: 'closed' }, locale: 'lv', now: new Date() });
		expect(closed.reports.find((r) => r.id === sent.reportId)).toMatchObject({ status: 'dismissed', resolutionNote: 'Strādā.', archived: false });
	});
});
