import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { auditLog, consultationLines, mailOutbox, organisations, places, placeResidents, placeVisitRequests, programmes, user } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { OrganisationDetail, PlaceDetail } from '../api/schemas';
import { organisationDetail, placeDetail } from '../api/queries';
import { organisationDetail as serializeOrganisation, placeDetail as serializePlace } from '../api/serializer-details';
import { COMMUNITY_COLLECTORS, COMMUNITY_ERASERS } from './personal-data';
import { DEMO_HOST_PLACE, HERE_ORGANISATION } from './demo-data';
import { saveResident } from './host-flow';
import { saveLine } from './lines-flow';
import { placeOfOperator } from './places-lookup';
import { placeCommunityBySlug } from './queries';
import { sweepVisitRetention } from './retention';
import { replyToVisit, requestVisit, VISIT_LIMITS } from './visit-flow';

let h: DbHandle;
let host: string;
let here: string;
let coordinator: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	const orgs = await h.db.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
	host = orgs.find((o) => o.slug === 'pierigas-partneriba')!.id;
	here = orgs.find((o) => o.slug === HERE_ORGANISATION)!.id;
	[{ id: coordinator }] = await h.db.select({ id: user.id }).from(user).where(eq(user.email, 'pieriga@demo.tuvuma.lv'));
});
afterAll(async () => h?.close());

const form = (over: Partial<{ name: string; email: string; phone: string; preferredOn: string; message: string }> = {}) => ({
	name: 'Līga Testere',
	email: 'liga@example.lv',
	preferredOn: '2026-12-20',
	message: 'Vēlos apskatīt telpu.',
	consent: true as const,
	...over
});
const mailsTo = (to: string) => h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, to));

describe('the coworking demo (seed documents 003 and 004)', () => {
	it('gives the seed’s coworking spaces residents and plans; only consented residents are public', async () => {
		for (const slug of ['colabora-lielvarde', 'dzivoklis-olaine', 'ogres-centrala-biblioteka', 'biznesa-vestnieciba', 'jurmalas-biznesa-inkubators']) {
			const c = await placeCommunityBySlug(h.db, slug, 'lv', new Date());
			expect(c, slug).not.toBeNull();
			expect(c!.residents.length, slug).toBeGreaterThan(0);
			expect(c!.plans.length, slug).toBeGreaterThan(0);
		}
		const [dz] = await h.db.select({ id: places.id, operatorId: places.operatorId }).from(places).where(eq(places.slug, DEMO_HOST_PLACE));
		expect(dz.operatorId).toBe(host);
		const all = await h.db.select({ name: placeResidents.displayName, consentAt: placeResidents.consentAt, isDemo: placeResidents.isDemo }).from(placeResidents).where(eq(placeResidents.placeId, dz.id));
		expect(all.every((r) => r.isDemo)).toBe(true);
		const hidden = all.filter((r) => !r.consentAt).map((r) => r.name);
		expect(hidden).toEqual(['Agnese Roze']);
		const shown = (await placeCommunityBySlug(h.db, DEMO_HOST_PLACE, 'lv', new Date()))!.residents.map((r) => r.name);
		expect(shown).not.toContain('Agnese Roze');
		expect(shown).toHaveLength(all.length - 1);
		// the concept shop's resident is the demo home producer, linked to its listing
		const embassy = await placeCommunityBySlug(h.db, 'biznesa-vestnieciba', 'lv', new Date());
		expect(embassy!.residents.find((r) => r.name === 'Annas virtuve')?.producer?.slug).toBeTruthy();
		expect(embassy!.host).toBeNull(); // SIA "Silja" is a name, not a directory organisation: no visit form
	});

	it('has the HERE project’s seven consultation lines as real data, Riga’s with weekday hours', async () => {
		const lines = await h.db.select({ phone: consultationLines.phone, hours: consultationLines.openingHours, isDemo: consultationLines.isDemo, regionId: consultationLines.regionId }).from(consultationLines).where(eq(consultationLines.organisationId, here));
		expect(lines.map((l) => l.phone).sort()).toEqual(['+371 25565098', '+371 25719118', '+371 25719266', '+371 25719588', '+371 25723222', '+371 28612120', '+371 67898343']);
		expect(lines.every((l) => !l.isDemo)).toBe(true);
		expect(lines.find((l) => l.phone === '+371 67898343')?.hours).toBe('Mo-Fr 09:00-20:00');
		expect(lines.filter((l) => l.regionId !== null)).toHaveLength(4);
	});
});

describe('book a visit', () => {
	it('stores the request and mails the host’s staff and the requester in one go', async () => {
		const result = await requestVisit(h.db, { placeSlug: DEMO_HOST_PLACE, form: form(), locale: 'lv', ip: '10.0.0.1', personId: null });
		expect(result.ok).toBe(true);
		const [row] = await h.db.select({ status: placeVisitRequests.status, email: placeVisitRequests.email }).from(placeVisitRequests).where(eq(placeVisitRequests.id, result.ok ? result.id : ''));
		expect(row).toEqual({ status: 'new', email: 'liga@example.lv' });
		expect((await mailsTo('pieriga@demo.tuvuma.lv')).some((m) => m.subject.includes('Dzīvoklis') && m.text.includes('Līga Testere'))).toBe(true);
		expect((await mailsTo('liga@example.lv')).map((m) => m.subject)).toEqual(['Jūsu pieteikums: Dzīvoklis']);
	});

	it('is refused for a place without a host organisation and counted per address', async () => {
		expect(await requestVisit(h.db, { placeSlug: 'biznesa-vestnieciba', form: form(), locale: 'lv', ip: '10.0.0.2', personId: null })).toEqual({ ok: false, error: 'no_host' });
		let last;
		for (let i = 0; i <= VISIT_LIMITS.perIp.limit; i++) last = await requestVisit(h.db, { placeSlug: DEMO_HOST_PLACE, form: form({ email: `x${i}@example.lv` }), locale: 'en', ip: '10.0.0.3', personId: null });
		expect(last).toEqual({ ok: false, error: 'rate_limited' });
	});

	it('the host answers by e-mail: the request is answered and audited', async () => {
		const place = (await placeOfOperator(h.db, host, (await h.db.select({ id: places.id }).from(places).where(eq(places.slug, DEMO_HOST_PLACE)))[0].id))!;
		const r = await requestVisit(h.db, { placeSlug: DEMO_HOST_PLACE, form: form({ email: 'reply@example.lv' }), locale: 'lv', ip: '10.0.0.4', personId: null });
		if (!r.ok) throw new Error('not sent');
		expect(await replyToVisit(h.db, { actorUserId: coordinator, organisationId: host, place, hostName: 'Pierīgas partnerība', visitId: r.id, body: 'Gaidām Jūs ceturtdien.' })).toEqual({ ok: true });
		expect((await mailsTo('reply@example.lv')).some((m) => m.text.startsWith('Gaidām Jūs ceturtdien.'))).toBe(true);
		const [row] = await h.db.select({ status: placeVisitRequests.status }).from(placeVisitRequests).where(eq(placeVisitRequests.id, r.id));
		expect(row.status).toBe('answered');
		expect(await h.db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.action, 'visit_request.reply'), eq(auditLog.entityId, place.id)))).toHaveLength(1);
		// another organisation does not reach the place at all
		expect(await placeOfOperator(h.db, here, place.id)).toBeNull();
	});

	it('is deleted after the host’s retention, and is part of the requester’s data until then', async () => {
		const [u] = await h.db.insert(user).values({ id: 'u-visitor', name: 'Līga', email: 'liga@example.lv', emailVerified: true }).returning({ id: user.id });
		const data = (await COMMUNITY_COLLECTORS[0].collect(h.db, u.id)) as { visitRequests: unknown[] };
		expect(data.visitRequests.length).toBeGreaterThan(0);
		await h.db.transaction((tx) => COMMUNITY_ERASERS[0].erase(tx, u.id));
		expect(await h.db.select({ id: placeVisitRequests.id }).from(placeVisitRequests).where(eq(placeVisitRequests.email, 'liga@example.lv'))).toHaveLength(0);
		const before = (await h.db.select({ id: placeVisitRequests.id }).from(placeVisitRequests)).length;
		expect(before).toBeGreaterThan(0);
		expect(await sweepVisitRetention(h.db, new Date())).toBe(0);
		expect(await sweepVisitRetention(h.db, new Date(Date.now() + 400 * 86_400_000))).toBe(before);
	});
});

describe('the host’s residents and lines', () => {
	it('a resident without a consent date is kept for the host and never shown publicly or in the API', async () => {
		const [p] = await h.db.select({ id: places.id }).from(places).where(eq(places.slug, DEMO_HOST_PLACE));
		const place = (await placeOfOperator(h.db, host, p.id))!;
		const actor = { userId: coordinator, organisationId: host };
		expect((await saveResident(h.db, actor, place, { displayName: 'Slepenais Rezidents', email: 'slepenais@example.lv' }, null, 'lv')).ok).toBe(true);
		expect(await saveResident(h.db, actor, place, { displayName: 'X', producer: 'nav-tada-razotaja' }, null, 'lv')).toEqual({ ok: false, errors: { producer: 'producer_not_found' } });
		const community = await placeCommunityBySlug(h.db, DEMO_HOST_PLACE, 'lv', new Date());
		expect(community!.residents.map((r) => r.name)).not.toContain('Slepenais Rezidents');
		const api = await placeDetail(h.db, DEMO_HOST_PLACE, 'lv');
		const body = serializePlace(api!, { origin: 'https://t.test', lang: 'lv' });
		expect(PlaceDetail.safeParse(body).success).toBe(true);
		expect(JSON.stringify(body)).not.toContain('Slepenais');
		expect(JSON.stringify(body)).not.toContain('liga@example.lv');
		expect(body.plans.length).toBeGreaterThan(0);
	});

	it('a line: a number twice is refused, a place it does not run is refused; the API shows lines with open now', async () => {
		const actor = { userId: coordinator, organisationId: here };
		const line = { title: { lv: 'Tests' }, phone: '+371 25565098', email: null, openingHours: 'Mo-Fr 09:00-17:00', regionId: null, municipalityIds: [], languages: ['lv'], placeId: null, position: 9, active: true };
		expect(await saveLine(h.db, actor, line, null)).toEqual({ ok: false, errors: { phone: 'duplicate_phone' } });
		const [p] = await h.db.select({ id: places.id }).from(places).where(eq(places.slug, DEMO_HOST_PLACE));
		expect(await saveLine(h.db, actor, { ...line, phone: '+371 20000000', placeId: p.id }, null)).toEqual({ ok: false, errors: { placeId: 'invalid' } });
		const api = await organisationDetail(h.db, HERE_ORGANISATION, 'en');
		const body = serializeOrganisation(api!, { origin: 'https://t.test', lang: 'en' });
		expect(OrganisationDetail.safeParse(body).success).toBe(true);
		expect(body.consultation_lines).toHaveLength(7);
		const riga = body.consultation_lines.find((l) => l.phone === '+371 67898343')!;
		expect(typeof riga.open_now).toBe('boolean');
		expect(riga.opening_hours_osm).toBe('Mo-Fr 09:00-20:00');
		expect(body.consultation_lines.find((l) => l.phone === '+371 25723222')?.region.territories.map((t) => t.slug)).toEqual(['latgale']);
	});

	it('the place page lists the published programmes held there and the lines run there, not drafts or inactive lines', async () => {
		const [p] = await h.db.select({ id: places.id }).from(places).where(eq(places.slug, DEMO_HOST_PLACE));
		const base = { organisationId: host, placeId: p.id, kind: 'incubator' as const, sortKey: 'a' };
		await h.db.insert(programmes).values([
			{ ...base, slug: 'koprades-inkubators-test', status: 'published', title: { lv: 'Koprades inkubators' } },
			{ ...base, slug: 'koprades-melnraksts-test', status: 'draft', title: { lv: 'Melnraksts' } }
		]);
		const actor = { userId: coordinator, organisationId: host };
		const line = { title: { lv: 'Rezidentu konsultācijas' }, phone: '+371 20001000', email: null, openingHours: 'Mo-Fr 10:00-16:00', regionId: null, municipalityIds: [], languages: ['lv'], placeId: p.id, position: 0, active: true };
		expect((await saveLine(h.db, actor, line, null)).ok).toBe(true);
		expect((await saveLine(h.db, actor, { ...line, phone: '+371 20001001', active: false }, null)).ok).toBe(true);
		const c = (await placeCommunityBySlug(h.db, DEMO_HOST_PLACE, 'lv', new Date('2026-12-07T10:00:00Z')))!;
		expect(c.programmes).toEqual([{ slug: 'koprades-inkubators-test', title: 'Koprades inkubators', lang: 'lv' }]);
		expect(c.lines.map((l) => [l.phone, l.openNow, l.place?.slug])).toEqual([['+371 20001000', true, DEMO_HOST_PLACE]]);
	});
});
