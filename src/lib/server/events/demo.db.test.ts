import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { listParticipationFacts } from '../participation/participations-repository';
import { repeatParticipants, uniqueParticipants } from '../participation/domain';
import { eq } from 'drizzle-orm';
import { projects } from '../db/schema';
import { DEMO_PROJECTS } from './demo-data';
import { seedEventsDemo } from './demo';
import { eventsForPage } from './page-slots';
import { calendar } from './queries';
import { projectEventsSlot } from './project-slot';
import { parseCalendarParams } from '$lib/events/calendar-query';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

/** A seeded project's id: the events point at the projects feature's own rows. */
async function projectId(slug: string): Promise<string> {
	const [row] = await h.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug));
	expect(row, `seeded project ${slug}`).toBeDefined();
	return row.id;
}

describe('demo events (the seed documents and fictional upcoming ones)', () => {
	it('the LV–MD project has its 12 webinars, 2 masterclasses with materials beforehand and 2 virtual tours', async () => {
		const facts = await listParticipationFacts(h.db, { projectId: await projectId(DEMO_PROJECTS.lvmd) });
		const events = new Set(facts.map((f) => f.activityId));
		expect(events.size).toBe(16);
		const past = await calendar(h.db, { ...parseCalendarParams(new URLSearchParams('pagajusie=1&veids=webinar&tiessaiste=1'), new Date()) }, new Date(), 100);
		expect(past.rows.filter((e) => e.organisation.slug === 'latvijas-lauku-forums' || e.organisation.slug === 'lauku-partneriba-lielupe').length).toBeGreaterThanOrEqual(12);
	});

	it('the social-entrepreneurship project counts different people and repeat visitors from attendance', async () => {
		// its events only: the mentoring cohort's people are counted in the mentoring outcomes
		const facts = await listParticipationFacts(h.db, { projectId: await projectId(DEMO_PROJECTS.social), kinds: ['event'] });
		const unique = uniqueParticipants(facts);
		const repeat = repeatParticipants(facts);
		// the seed document: "almost 300 participants", "15 % came to several or all events"
		expect(unique).toBeGreaterThanOrEqual(285);
		expect(unique).toBeLessThanOrEqual(315);
		expect(repeat / unique).toBeGreaterThanOrEqual(0.13);
		expect(repeat / unique).toBeLessThanOrEqual(0.17);
	});

	it('the coworking study visits show on the pages of their stops; upcoming demo events have registrants', async () => {
		const colabora = await eventsForPage(h.db, { place: 'colabora-lielvarde' });
		expect(colabora.events.map((e) => e.title.lv)).toContain('Pieredzes brauciens: koprades telpas Lielvārdē un Ogrē');
		const marupe = await eventsForPage(h.db, { salesPoint: 'marupes-majrazotaju-tirdzniecibas-vieta' });
		expect(marupe.events.some((e) => e.startsAt.toISOString().startsWith('2022-03-25'))).toBe(true);
		const lielupe = await eventsForPage(h.db, { organisation: 'lauku-partneriba-lielupe' });
		expect(lielupe.events.length).toBeGreaterThan(0);
		expect(lielupe.events.every((e) => e.isDemo && e.startsAt > new Date())).toBe(true);
		const host = await eventsForPage(h.db, { producer: 'ozolkalna-kazas' });
		expect(host.events.map((e) => e.slug).join()).toMatch(/kazas-siera-darbnica/);
	});

	it('loads again without duplicating anything', async () => {
		const first = await seedEventsDemo(h.db);
		const second = await seedEventsDemo(h.db);
		expect(second).toEqual(first);
	});
});

describe('the calendar’s filter choices', () => {
	it('lists only municipalities and organisations that have public events, in Latvian order', async () => {
		const { calendarOptions } = await import('./queries');
		const o = await calendarOptions(h.db, 'lv');
		expect(o.organisations.map((x) => x.value)).toEqual(expect.arrayContaining(['pierigas-partneriba', 'lauku-partneriba-lielupe', 'latvijas-lauku-forums']));
		expect(o.municipalities.map((x) => x.value)).toContain('olaines-novads');
	});

	it('a project page lists its events, newest first, linked to their pages', async () => {
		const lvmd = await projectId(DEMO_PROJECTS.lvmd);
		const slot = await projectEventsSlot({ db: h.db, id: lvmd, slug: DEMO_PROJECTS.lvmd, locale: 'en', now: new Date() });
		expect(slot?.items.length).toBe(8);
		expect(slot?.items.some((i) => i.title.startsWith('Webinar:') && i.lang === 'en')).toBe(true);
		expect(slot?.items.every((i) => i.href.startsWith('/en/pasakumi/'))).toBe(true);
		expect(slot?.more?.href).toBe(`/en/pasakumi?projekts=${DEMO_PROJECTS.lvmd}&pagajusie=1`);
		const none = await projectEventsSlot({ db: h.db, id: '00000000-0000-4000-8000-000000000000', slug: 'x', locale: 'lv', now: new Date() });
		expect(none).toBeNull();
	});
});
