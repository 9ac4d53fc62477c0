import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { organisations, programmes, projects, surveyResponses } from '../db/schema';
import { DEMO_CONTEST_SLUG } from '../contests/demo';
import { drillDown } from './drill';
import { resolveScope } from './scope-queries';
import { SOCIAL_PROGRAMME } from '../programme-demo/demo-data';
import { DEMO_PROJECTS } from '../events/demo-data';
import { buildImpactReport } from './build';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

async function projectId(slug: string): Promise<string> {
	const [row] = await h.db.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug));
	return row.id;
}

const PARTNERS = ['Gulbenes novads', 'Jelgavas novads', 'Ķekavas novads', 'Kuldīgas novads', 'Mārupes novads', 'Olaines novads'];
const FARTHER = ['Balvu novads', 'Cēsu novads', 'Jūrmala', 'Liepāja', 'Ogres novads', 'Vecumnieku novads'];

describe('the demo projects’ impact report reproduces the seed documents', () => {
	it('social entrepreneurship: ~300 different people, ~15 % came again, from the partner municipalities and beyond; survey n = 169; 9 + 9 businesses', async () => {
		const r = await buildImpactReport(h.db, { kind: 'project', id: await projectId(DEMO_PROJECTS.social) }, { from: null, to: null }, 'lv');
		const p = r.participation;
		expect(p.uniqueParticipants.value).toBeGreaterThanOrEqual(285);
		expect(p.uniqueParticipants.value).toBeLessThanOrEqual(315);
		expect(p.repeatShare).toBeGreaterThanOrEqual(0.13);
		expect(p.repeatShare).toBeLessThanOrEqual(0.17);
		expect(p.attendances.value).toBeGreaterThan(p.uniqueParticipants.value);
		expect(p.registrations.value).toBe(p.attendances.value + p.noShows.value);
		expect(r.events.total.value).toBe(8);
		expect(r.events.byKind.find((k) => k.kind === 'workshop')?.total).toBe(6);
		expect(r.events.online).toBe(1);

		const names = r.origins.rows.map((o) => o.name);
		for (const n of [...PARTNERS, ...FARTHER]) expect(names, n).toContain(n);
		expect(r.origins.rows.filter((o) => o.inside).map((o) => o.name).sort()).toEqual([...PARTNERS].sort());
		expect(r.origins.inside!).toBeGreaterThan(r.origins.outside!);
		expect(r.origins.inside! + r.origins.outside! + r.origins.unknown).toBe(p.uniqueParticipants.value);
		// small groups are hidden, and a map point has coordinates
		expect(r.origins.rows.every((o) => o.people === null || o.people >= 5)).toBe(true);
		expect(r.origins.rows.every((o) => o.lat !== null && o.lon !== null)).toBe(true);

		const gender = r.breakdowns.find((b) => b.dimension === 'gender')!;
		expect(gender.rows.map((x) => x.key)).toEqual(['female', 'male', 'other']);
		expect(gender.rows.find((x) => x.key === 'other')?.people).toBeNull();
		const age = r.breakdowns.find((b) => b.dimension === 'age_band')!;
		expect(age.rows.map((x) => x.key)).toEqual(['30_54', '55_plus', 'under_25', '25_34']);
		expect(r.breakdowns.some((b) => b.dimension === 'employment_status')).toBe(false);

		expect(r.surveys.map((s) => s.respondents)).toEqual([169]);
		expect(r.surveys[0].questions.length).toBeGreaterThan(0);
		expect(r.mentoring?.mentees.value).toBe(20);
		expect(r.mentoring?.businessesStarted.value).toBe(18);
		expect(r.mentoring?.socialEnterprises.value).toBe(18);
		expect(r.mentoring?.point).toBe('Pēc 6 mēnešiem');
		expect(r.contests.held.value).toBe(0);
		// a project counts its organisation's cooperation outcomes (issue 19): a section, never null
		expect(r.cooperation).not.toBeNull();
		expect(r.results.map((x) => x.value)).toEqual([300, 15, 169, 46, 9, 9]);
		expect(r.scope.projectNumber).toBe('19-00-A019.332-000009');
		expect(r.scope.acknowledgement).toMatch(/LEADER/);
	});

	it('a period in Riga days: only the spring 2021 workshops', async () => {
		const r = await buildImpactReport(h.db, { kind: 'project', id: await projectId(DEMO_PROJECTS.social) }, { from: '2021-03-01', to: '2021-04-15' }, 'en');
		expect(r.events.total.value).toBe(5);
		expect(r.events.byKind.map((k) => k.label)).toEqual(['Workshop']);
		expect(r.mentoring).toBeNull();
	});

	it('LV–MD: 12 webinars and 2 masterclasses, all online', async () => {
		const r = await buildImpactReport(h.db, { kind: 'project', id: await projectId(DEMO_PROJECTS.lvmd) }, { from: null, to: null }, 'lv');
		expect(r.events.byKind.find((k) => k.kind === 'webinar')?.total).toBe(12);
		expect(r.events.byKind.find((k) => k.kind === 'masterclass')?.total).toBe(2);
		expect(r.events.onSite).toBe(0);
	});

	it('the social-entrepreneurship programme: its cohorts are its activities, its mentees its participants', async () => {
		const [g] = await h.db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, SOCIAL_PROGRAMME.slug));
		const r = await buildImpactReport(h.db, { kind: 'programme', id: g.id }, { from: null, to: null }, 'lv');
		expect(r.events.total.value).toBe(0);
		expect(r.participation.uniqueParticipants.value).toBe(20);
		expect(r.mentoring?.businessesStarted.value).toBe(18);
		expect(r.surveys.map((s) => s.respondents)).toEqual([169]);
	});

	it('survey respondents are those who answered within the period', async () => {
		const id = await projectId(DEMO_PROJECTS.social);
		const whole = await buildImpactReport(h.db, { kind: 'project', id }, { from: null, to: null }, 'lv');
		const [{ first }] = await h.db
			.select({ first: sql<string>`min(${surveyResponses.submittedOn})::text` })
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, whole.surveys[0].id), eq(surveyResponses.state, 'submitted')));
		const [{ n }] = await h.db
			.select({ n: count() })
			.from(surveyResponses)
			.where(and(eq(surveyResponses.surveyId, whole.surveys[0].id), eq(surveyResponses.state, 'submitted'), eq(surveyResponses.submittedOn, first)));
		const firstDay = await buildImpactReport(h.db, { kind: 'project', id }, { from: first, to: first }, 'lv');
		expect(firstDay.surveys.map((s) => s.respondents)).toEqual([Number(n)]);
		expect(Number(n)).toBeLessThan(169);
	});

	it('the home producers’ association: its drawn demo contest is counted with its 57 entries and 3 winners, and listed behind the figure', async () => {
		const [org] = await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'latvijas-majrazotaju-un-mazo-razotaju-informacijas-un-atbalsta-biedriba'));
		const ref = { kind: 'organisation' as const, id: org.id };
		const r = await buildImpactReport(h.db, ref, { from: null, to: null }, 'lv');
		expect(r.contests).toEqual({ held: { value: 1, figure: 'contests.held' }, entries: 57, winners: 3 });
		const scope = (await resolveScope(h.db, ref, 'lv'))!;
		const page = await drillDown(h.db, scope, { from: null, to: null }, 'contests.held', 1, 'lv');
		expect(page.total).toBe(1);
		expect(page.rows).toMatchObject([{ kind: 'contest', slug: DEMO_CONTEST_SLUG, entries: 57, winners: 3 }]);
		// a period after the contest closed holds none
		const later = await buildImpactReport(h.db, ref, { from: '2025-01-01', to: null }, 'lv');
		expect(later.contests.held.value).toBe(0);
	});
});
