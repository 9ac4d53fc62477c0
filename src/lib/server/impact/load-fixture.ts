/**
 * A generated project for the report's benchmark and its data test: one organisation, one project
 * working in six municipalities, `events` events and `registrations` participations spread over
 * a pool of people (so many come more than once), with cancellations, no-shows, funder facts and
 * 1 % of the people merged into another (their rows left on the merged person, to be followed).
 * Deterministic: the same sizes give the same rows and the same expected counts.
 */
import { inArray } from 'drizzle-orm';
import { latvianSortKey } from '../../text/collation';
import { events, organisations, participations, people, projects, projectTerritories, territories } from '../db/schema';
import type { Db } from '../db/types';

const HOMES = ['gulbenes-novads', 'jelgavas-novads', 'kekavas-novads', 'kuldigas-novads', 'marupes-novads', 'olaines-novads', 'riga', 'liepaja', 'balvu-novads', 'cesu-novads'];
const KINDS = ['webinar', 'seminar', 'workshop', 'masterclass', 'study_visit'] as const;
const DAY = 86_400_000;

export type LoadFixture = { organisationId: string; projectId: string; people: number; merged: number };

export async function loadImpactFixture(db: Db, o: { registrations: number; events: number; tag?: string }): Promise<LoadFixture> {
	const tag = o.tag ?? 'bench';
	const homes = await db.select({ id: territories.id, slug: territories.slug, kind: territories.kind }).from(territories).where(inArray(territories.slug, HOMES));
	const home = HOMES.map((s) => homes.find((h) => h.slug === s && h.kind === 'municipality')!.id);
	const [org] = await db
		.insert(organisations)
		.values({ slug: `${tag}-lag`, name: `Ietekmes ${tag} biedrība`, kind: 'association', description: { lv: '' }, municipalityId: home[0], status: 'published', sortKey: latvianSortKey(`Ietekmes ${tag} biedrība`), searchText: tag })
		.returning({ id: organisations.id });
	const [project] = await db
		.insert(projects)
		.values({ organisationId: org.id, slug: `${tag}-projekts`, title: { lv: `Ietekmes ${tag} projekts` }, summary: { lv: '' }, status: 'published', sortKey: latvianSortKey(`Ietekmes ${tag} projekts`) })
		.returning({ id: projects.id });
	await db.insert(projectTerritories).values(home.slice(0, 6).map((territoryId) => ({ projectId: project.id, territoryId })));

	const start = Date.parse('2024-01-08T08:00:00Z');
	const eventRows = Array.from({ length: o.events }, (_, e) => ({
		id: crypto.randomUUID(),
		slug: `${tag}-pasakums-${e}`,
		organisationId: org.id,
		projectId: project.id,
		kind: KINDS[e % KINDS.length],
		status: 'published' as const,
		title: { lv: `Pasākums ${e + 1}` },
		startsAt: new Date(start + e * 2 * DAY),
		endsAt: new Date(start + e * 2 * DAY + 3 * 3_600_000),
		online: e % 3 === 0
	}));
	for (let i = 0; i < eventRows.length; i += 500) await db.insert(events).values(eventRows.slice(i, i + 500));

	// a pool of 60 % as many people as registrations: most come once, some many times
	const poolSize = Math.max(10, Math.round(o.registrations * 0.6)) | 1;
	const personIds = Array.from({ length: poolSize }, () => crypto.randomUUID());
	const mergedCount = Math.floor(poolSize / 100);
	const personRows = personIds.map((id, i) => ({ id, email: `${tag}.${i}@ietekme.example.lv`, name: `Dalībnieks ${i}`, locale: 'lv' }));
	for (let i = 0; i < personRows.length; i += 2000) await db.insert(people).values(personRows.slice(i, i + 2000));
	// the last 1 % are duplicates of the first 1 % (same person, second address)
	for (let i = 0; i < mergedCount; i++) {
		await db.update(people).set({ mergedIntoId: personIds[i] }).where(inArray(people.id, [personIds[poolSize - 1 - i]]));
	}

	const perEvent = Math.ceil(o.registrations / o.events);
	const rows: (typeof participations.$inferInsert)[] = [];
	for (let e = 0; e < o.events && rows.length < o.registrations; e++) {
		const ev = eventRows[e];
		for (let k = 0; k < perEvent && rows.length < o.registrations; k++) {
			// a step coprime to the pool size: no one twice at one event
			const n = (e * 37 + k * 101) % poolSize;
			const roll = (n * 31 + e * 17) % 20;
			rows.push({
				personId: personIds[n],
				activityKind: 'event',
				activityId: ev.id,
				organisationId: org.id,
				projectId: project.id,
				activityStartsAt: ev.startsAt,
				activityEndsAt: ev.endsAt,
				registration: roll === 0 ? 'cancelled' : roll === 1 ? 'none' : 'registered',
				attendance: roll === 0 || roll === 2 || roll === 3 ? 'absent' : 'attended',
				municipalityId: home[n % home.length],
				gender: n % 7 === 0 ? null : n % 2 ? 'female' : 'male',
				ageBand: ['18_29', '30_54', '55_plus', '35_44'][n % 4]
			});
		}
	}
	for (let i = 0; i < rows.length; i += 1000) await db.insert(participations).values(rows.slice(i, i + 1000));
	return { organisationId: org.id, projectId: project.id, people: poolSize, merged: mergedCount };
}
