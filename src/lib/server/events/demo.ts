/**
 * Loads the events of demo-data.ts with fictional registrants (addresses at
 * dalibnieki.example.lv, names from a seeded generator) and their attendance, so calendars,
 * counts and the workspace have something to show. Re-runnable: the seeded events, their
 * participations and the seeded people are removed first. Called by seedDemo.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import { slugify } from '../../text/slug';
import { zonedInstant } from '../../domain/event-time';
import { eventHosts, eventRegistrations, events, eventStops, organisations, participations, people, projects } from '../db/schema';
import type { Db } from '../db/types';
import { rngFor, seedUuid } from '../seed/prng';
import { DEMO_EVENTS, DEMO_PROJECTS, type DemoEvent } from './demo-data';
import { factsOfPerson, homeSlugs } from './demo-people';
import { listingIds, municipalityBySlug, territoryIdsBySlug } from './lookups-repository';

const DOMAIN = 'dalibnieki.example.lv';
const FIRST = ['Anna', 'Jānis', 'Līga', 'Andris', 'Ilze', 'Māris', 'Ieva', 'Kristaps', 'Dace', 'Edgars', 'Zane', 'Raivis', 'Inese', 'Gatis', 'Laura', 'Artūrs', 'Sanita', 'Uldis', 'Elīna', 'Valdis', 'Ion', 'Maria', 'Elena', 'Andrei'];
const LAST = ['Bērziņa', 'Kalniņš', 'Ozola', 'Liepiņš', 'Krūmiņa', 'Zariņš', 'Vītola', 'Eglītis', 'Siliņa', 'Priede', 'Lāce', 'Kļaviņš', 'Rozīte', 'Sproģis', 'Grīnberga', 'Ceriņš', 'Popescu', 'Rusu', 'Ciobanu', 'Munteanu'];
const DAY = 86_400_000;

/** The people of the seed: one pool, so some of them come to several events (the repeat participants). */
function personOf(n: number) {
	const r = rngFor(`event-person:${n}`);
	const first = FIRST[Math.floor(r() * FIRST.length)];
	const last = LAST[Math.floor(r() * LAST.length)];
	return { id: seedUuid(`event-person:${n}`), name: `${first} ${last}`, email: `${slugify(first)}.${slugify(last)}.${n}@${DOMAIN}` };
}

function dateOf(e: DemoEvent, today: Date): string {
	if (e.date) return e.date;
	return new Date(today.getTime() + (e.inDays ?? 0) * DAY).toISOString().slice(0, 10);
}

async function clearEvents(db: Db) {
	const ids = DEMO_EVENTS.map((e) => seedUuid(`event:${e.key}`));
	await db.delete(participations).where(and(eq(participations.activityKind, 'event'), inArray(participations.activityId, ids)));
	await db.delete(events).where(inArray(events.id, ids));
	await db.delete(people).where(like(people.email, `%@${DOMAIN}`));
}

export async function seedEventsDemo(db: Db, now = new Date()): Promise<{ events: number; people: number; participations: number }> {
	const today = new Date(Math.floor(now.getTime() / DAY) * DAY);
	let personCursor = 0;
	const used = new Map<number, ReturnType<typeof personOf>>();
	let participationCount = 0;
	const projectPool = new Map<string, number[]>();
	await db.transaction(async (tx) => {
		await clearEvents(tx);
		const orgRows = await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations);
		const orgId = new Map(orgRows.map((o) => [o.slug, o.id]));
		// the seeded projects (absent when only the directory is seeded: the events then stand alone)
		const projectRows = await tx.select({ id: projects.id, slug: projects.slug }).from(projects);
		const projectIdOf = (slug: string | undefined) => (slug ? projectRows.find((p) => p.slug === slug)?.id ?? null : null);
		const homes = await territoryIdsBySlug(tx, homeSlugs());
		for (const e of DEMO_EVENTS) {
			const organisationId = orgId.get(e.organisation);
			if (!organisationId) throw new Error(`Demo event ${e.key}: no organisation ${e.organisation}`);
			const zone = e.timeZone ?? 'Europe/Riga';
			const date = dateOf(e, today);
			const startsAt = zonedInstant(date, e.start, zone)!;
			const endsAt = zonedInstant(date, e.end, zone)!;
			const id = seedUuid(`event:${e.key}`);
			const place = e.place ? (await listingIds(tx, 'place', [e.place])).get(e.place) ?? null : null;
			const municipalityId = e.municipality ? await municipalityBySlug(tx, slugify(e.municipality)) : null;
			await tx.insert(events).values({
				id,
				slug: `${slugify(e.title.lv).slice(0, 60)}-${date}`.replace(/-+/g, '-'),
				organisationId,
				projectId: projectIdOf(e.project),
				kind: e.kind,
				status: 'published',
				title: e.title,
				summary: e.summary,
				description: { lv: '' },
				startsAt,
				endsAt,
				timeZone: zone,
				online: !!e.online,
				joinUrl: e.online ? `https://meet.example.lv/${e.key}` : null,
				placeId: place,
				venueName: e.venueName ?? null,
				address: e.address ?? null,
				municipalityId,
				capacity: e.capacity ?? null,
				languages: e.languages,
				questions: (e.questions ?? []).map((q, i) => ({ id: `q${i + 1}`, kind: q.kind, label: { lv: q.label }, options: (q.options ?? []).map((lv) => ({ lv })), required: !!q.required })),
				funderFields: e.funderFields ?? [],
				materials: (e.materials ?? []).map((mat) => ({ title: { lv: mat.title }, url: mat.url, before: mat.before })),
				isDemo: e.demo,
				publishedAt: new Date(startsAt.getTime() - 30 * DAY),
				createdAt: new Date(startsAt.getTime() - 35 * DAY)
			});
			for (const [position, s] of (e.stops ?? []).entries()) {
				const target = (await listingIds(tx, s.kind, [s.slug])).get(s.slug);
				if (!target) throw new Error(`Demo event ${e.key}: no ${s.kind} ${s.slug}`);
				await tx.insert(eventStops).values({
					eventId: id,
					position,
					at: s.time ? zonedInstant(date, s.time, zone) : null,
					producerId: s.kind === 'producer' ? target : null,
					salesPointId: s.kind === 'sales_point' ? target : null,
					placeId: s.kind === 'place' ? target : null
				});
			}
			const hosts = await listingIds(tx, 'producer', e.hosts ?? []);
			if (hosts.size) await tx.insert(eventHosts).values([...hosts.values()].map((producerId) => ({ eventId: id, producerId })));

			// registrants: mostly new people, about one in six from the project's earlier events (repeat participants);
			// the social-entrepreneurship project's share is tuned so its report shows the seed's ~300 people, 15 % repeaters
			const [registered, attended, waitlisted] = e.people;
			const repeatChance = e.project === DEMO_PROJECTS.social ? 0.18 : 0.17;
			const r = rngFor(`event-people:${e.key}`);
			const pool = projectPool.get(e.project ?? e.key) ?? [];
			const chosen = new Set<number>();
			const newPeople: (typeof people.$inferInsert)[] = [];
			const rows: (typeof participations.$inferInsert)[] = [];
			const details: (typeof eventRegistrations.$inferInsert)[] = [];
			for (let i = 0; i < registered + waitlisted; i++) {
				let n = pool.length > 10 && r() < repeatChance ? pool[Math.floor(r() * pool.length)] : personCursor++;
				while (chosen.has(n)) n = personCursor++;
				chosen.add(n);
				const p = used.get(n) ?? personOf(n);
				if (!used.has(n)) {
					used.set(n, p);
					newPeople.push({ id: p.id, email: p.email, name: p.name, locale: 'lv', confirmedAt: new Date(startsAt.getTime() - 20 * DAY) });
				}
				const waiting = i >= registered;
				const past = endsAt <= now;
				const participationId = seedUuid(`event-participation:${e.key}:${n}`);
				// the funder facts the event's form asks for, the same for a person at every event
				const facts = factsOfPerson(n, e, homes);
				rows.push({
					id: participationId,
					personId: p.id,
					activityKind: 'event',
					activityId: id,
					organisationId,
					projectId: projectIdOf(e.project),
					activityStartsAt: startsAt,
					activityEndsAt: endsAt,
					registration: waiting ? 'waitlisted' : 'registered',
					attendance: past && !waiting ? (i < attended ? 'attended' : 'absent') : 'unknown',
					registeredAt: new Date(startsAt.getTime() - (10 + i) * 3_600_000),
					attendanceMarkedAt: past && !waiting ? endsAt : null,
					...facts
				});
				details.push({ participationId, eventId: id, guests: 0, consentAt: new Date(startsAt.getTime() - 10 * DAY), waitlistedAt: waiting ? new Date(startsAt.getTime() - 5 * DAY) : null });
			}
			projectPool.set(e.project ?? e.key, [...new Set([...pool, ...chosen])]);
			if (newPeople.length) await tx.insert(people).values(newPeople);
			if (rows.length) {
				await tx.insert(participations).values(rows);
				await tx.insert(eventRegistrations).values(details);
			}
			participationCount += rows.length;
		}
	});
	return { events: DEMO_EVENTS.length, people: used.size, participations: participationCount };
}
