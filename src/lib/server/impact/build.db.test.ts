import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { libraryItems, libraryUsage, participations, people } from '../db/schema';
import { listParticipationFacts } from '../participation/participations-repository';
import { resolverOf, summarizeParticipation } from '../participation/domain';
import { buildImpactReport } from './build';
import { drillDown } from './drill';
import { loadImpactFixture, type LoadFixture } from './load-fixture';
import { parseReportQuery, publicProjectReport, staffReport } from './queries';
import { resolveScope } from './scope-queries';

let h: DbHandle;
let f: LoadFixture;
const all = { from: null, to: null };
beforeAll(async () => {
	h = await openTestDb();
	f = await loadImpactFixture(h.db, { registrations: 600, events: 20, tag: 'tst' });
});
afterAll(async () => h?.close());

describe('buildImpactReport over a generated project', () => {
	it('counts what the participation domain counts, merged people once', async () => {
		const r = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, all, 'lv');
		const facts = await listParticipationFacts(h.db, { projectId: f.projectId });
		const merges = await h.db.select({ id: people.id, to: people.mergedIntoId }).from(people);
		const resolve = resolverOf(new Map(merges.filter((m) => m.to).map((m) => [m.id, m.to!])));
		const expected = summarizeParticipation(facts, new Date(), resolve);
		expect(r.participation.uniqueParticipants.value).toBe(expected.uniqueParticipants);
		expect(r.participation.repeatParticipants.value).toBe(expected.repeatParticipants);
		expect(r.participation.attendances.value).toBe(expected.attendances);
		// without following merges there would be more "different" people
		expect(summarizeParticipation(facts, new Date()).uniqueParticipants).toBeGreaterThan(expected.uniqueParticipants);
		expect(r.events.total.value).toBe(20);
		expect(r.events.online).toBe(7);
		expect(r.origins.inside! + r.origins.outside! + r.origins.unknown).toBe(r.participation.uniqueParticipants.value);
		expect(r.origins.rows.filter((o) => o.inside)).toHaveLength(6);
		const age = r.breakdowns.find((b) => b.dimension === 'age_band')!;
		expect(age.rows.map((x) => x.key)).toEqual(['18_29', '30_54', '55_plus']);
		expect(r.breakdowns.find((b) => b.dimension === 'gender')!.notCollected).toBeGreaterThan(0);
	});

	it('the drill-down lists the records each figure counts', async () => {
		const r = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, all, 'lv');
		const scope = (await resolveScope(h.db, { kind: 'project', id: f.projectId }, 'lv'))!;
		for (const [figure, value] of [
			['events', r.events.total.value],
			['cancelled', r.participation.cancelled.value],
			['unique', r.participation.uniqueParticipants.value],
			['repeat', r.participation.repeatParticipants.value]
		] as const) {
			const page = await drillDown(h.db, scope, all, figure, 1, 'lv');
			expect(page.total, figure).toBe(value);
		}
		const page2 = await drillDown(h.db, scope, all, 'attendances', 2, 'lv');
		expect(page2.rows).toHaveLength(50);
		expect(page2.rows[0].kind === 'participation' && page2.rows[0].person.name).toMatch(/^Dalībnieks/);
	});

	it('an anonymised person still counts once, and shows as anonymised', async () => {
		const before = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, all, 'lv');
		const [one] = await h.db.select({ id: participations.personId }).from(participations).where(eq(participations.attendance, 'attended')).limit(1);
		await h.db.update(people).set({ email: null, name: null, anonymisedAt: new Date() }).where(eq(people.id, one.id));
		const after = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, all, 'lv');
		expect(after.participation.uniqueParticipants.value).toBe(before.participation.uniqueParticipants.value);
	});

	it('a period of Riga days takes only the events that began in it', async () => {
		// the fixture's events start every other day from 8 January 2024 at 10:00 Riga time
		const r = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, { from: '2024-01-08', to: '2024-01-12' }, 'lv');
		expect(r.events.total.value).toBe(3);
	});

	it('library views of the project’s items, in the months the period overlaps', async () => {
		const [item] = await h.db
			.insert(libraryItems)
			.values({ organisationId: f.organisationId, projectId: f.projectId, slug: 'tst-lekcija', kind: 'video', title: { lv: 'Lekcija' }, summary: { lv: '' }, status: 'published', sortKey: 'lekcija' })
			.returning({ id: libraryItems.id });
		await h.db.insert(libraryUsage).values([
			{ itemId: item.id, month: '2024-01-01', views: 7 },
			{ itemId: item.id, month: '2024-02-01', views: 5 },
			{ itemId: item.id, month: '2024-04-01', views: 100 }
		]);
		const jan = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, { from: '2024-01-20', to: '2024-02-10' }, 'lv');
		expect(jan.library).toEqual({ views: 12, items: [{ title: 'Lekcija', views: 12 }] });
		const whole = await buildImpactReport(h.db, { kind: 'project', id: f.projectId }, all, 'lv');
		expect(whole.library.views).toBe(112);
	});

	it('a workspace reaches only its own scopes; the public summary needs a published project', async () => {
		const q = parseReportQuery(new URLSearchParams(`par=project:${f.projectId}&no=2024-01-01&lidz=nav`));
		expect(q.period).toEqual({ from: '2024-01-01', to: null });
		expect(await staffReport(h.db, { id: f.organisationId, name: 'x' }, q, 'lv')).not.toBeNull();
		expect(await staffReport(h.db, { id: '00000000-0000-4000-8000-000000000000', name: 'x' }, q, 'lv')).toBeNull();
		const pub = await publicProjectReport(h.db, 'tst-projekts', 'lv');
		expect(pub?.participation.uniqueParticipants.value).toBeGreaterThan(0);
		expect(await publicProjectReport(h.db, 'nav-tada', 'lv')).toBeNull();
	});
});
