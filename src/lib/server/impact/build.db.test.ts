import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { events, libraryItems, libraryUsage, participations, people } from '../db/schema';
import { listParticipationFacts } from '../participation/participations-repository';
import { resolverOf, summarizeParticipation } from '../participation/domain';
import { buildImpactReport } from './build';
import { drillDown, FIGURES, type DrillRow, type FigureKey } from './drill';
import { loadImpactFixture, type LoadFixture } from './load-fixture';
import { parseReportQuery, publicProjectReport, staffReport } from './queries';
import { resolveScope, type ResolvedScope } from './scope-queries';

let h: DbHandle;
let f: LoadFixture;
const all = { from: null, to: null };
beforeAll(async () => {
	h = await openTestDb();
	f = await loadImpactFixture(h.db, { registrations: 600, events: 20, tag: 'tst' });
	await addDuplicatesAndMerges();
});

/**
 * Y, X merged into Y, and Z merged first into X and then (with X) into Y — people/flow.ts re-points Z
 * at Y. X and Y both have a row for event 1 (a duplicate participation of one person after the
 * merge: absent on Y's registration, present as X's walk-in); Z attended event 2.
 */
async function addDuplicatesAndMerges() {
	const evs = await h.db.select({ id: events.id, startsAt: events.startsAt, endsAt: events.endsAt }).from(events).where(eq(events.projectId, f.projectId)).orderBy(asc(events.startsAt)).limit(2);
	const [y, x, z] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
	await h.db.insert(people).values([
		{ id: y, email: 'y@ietekme.example.lv', name: 'Apvienotā Ilze', locale: 'lv' },
		{ id: x, email: 'x@ietekme.example.lv', name: null, locale: 'lv', mergedIntoId: y },
		{ id: z, email: 'z@ietekme.example.lv', name: null, locale: 'lv', mergedIntoId: y }
	]);
	const row = (personId: string, e: (typeof evs)[number], registration: 'registered' | 'none', attendance: 'absent' | 'attended') => ({
		personId,
		activityKind: 'event' as const,
		activityId: e.id,
		organisationId: f.organisationId,
		projectId: f.projectId,
		activityStartsAt: e.startsAt,
		activityEndsAt: e.endsAt,
		registration,
		attendance
	});
	await h.db.insert(participations).values([row(y, evs[0], 'registered', 'absent'), row(x, evs[0], 'none', 'attended'), row(z, evs[1], 'none', 'attended')]);
	return { y };
}
afterAll(async () => h?.close());

async function everyRow(scope: ResolvedScope, figure: FigureKey): Promise<DrillRow[]> {
	const out: DrillRow[] = [];
	for (let page = 1; ; page++) {
		const got = await drillDown(h.db, scope, all, figure, page, 'lv');
		out.push(...got.rows);
		if (out.length >= got.total || !got.rows.length) return out;
	}
}

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
		const p = r.participation;
		const value: Record<FigureKey, number> = {
			events: r.events.total.value,
			registrations: p.registrations.value,
			attendances: p.attendances.value,
			'no-shows': p.noShows.value,
			'walk-ins': p.walkIns.value,
			cancelled: p.cancelled.value,
			unique: p.uniqueParticipants.value,
			repeat: p.repeatParticipants.value,
			'mentoring.mentees': r.mentoring?.mentees.value ?? 0,
			'mentoring.businesses': r.mentoring?.businessesStarted.value ?? 0,
			'mentoring.social': r.mentoring?.socialEnterprises.value ?? 0,
			'contests.held': r.contests.held.value,
			'cooperation.meetings': r.cooperation?.meetings ?? 0,
			'cooperation.agreements': r.cooperation?.agreements ?? 0,
			'cooperation.first-orders': r.cooperation?.firstOrders ?? 0
		};
		for (const figure of FIGURES) {
			const page = await drillDown(h.db, scope, all, figure, 1, 'lv');
			expect(page.total, figure).toBe(value[figure]);
			if (value[figure] > 0) expect(page.rows.length, figure).toBe(Math.min(50, value[figure]));
		}
		// the merged person at event 1 is one registration that was attended (X's and Y's rows combined):
		// no no-show and no walk-in there; Z's walk-in at event 2 is listed under the survivor's name
		const ilze = (rows: DrillRow[]) => rows.filter((row) => row.kind === 'participation' && row.person.name === 'Apvienotā Ilze');
		expect(ilze(await everyRow(scope, 'no-shows'))).toHaveLength(0);
		expect(ilze(await everyRow(scope, 'walk-ins'))).toHaveLength(1);
		expect(ilze(await everyRow(scope, 'attendances'))).toHaveLength(2);
		const repeaters = await everyRow(scope, 'repeat');
		expect(repeaters.find((row) => row.kind === 'person' && row.person.name === 'Apvienotā Ilze')).toMatchObject({ activities: 2 });
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
		// in the records: one line, marked anonymised, with neither name nor address
		const scope = (await resolveScope(h.db, { kind: 'project', id: f.projectId }, 'lv'))!;
		const listed = (await everyRow(scope, 'unique')).filter((row) => row.id === one.id);
		expect(listed).toEqual([expect.objectContaining({ kind: 'person', person: { name: null, email: null, anonymised: true } })]);
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
