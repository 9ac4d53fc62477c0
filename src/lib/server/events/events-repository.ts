import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { events, eventHosts, eventStops, organisations, places, producers, salesPoints, territories } from '../db/schema';
import type { EventMaterial, EventQuestion } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import type { EventKind } from './domain';

export type EventRow = typeof events.$inferSelect;
export type EventInput = Omit<typeof events.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** Inserts an event; a repeated form submission (same submission id) returns the first one's id. */
export async function insertEvent(db: Db, input: EventInput): Promise<{ id: string; created: boolean }> {
	const [row] = await db.insert(events).values(input).onConflictDoNothing({ target: events.submissionId }).returning({ id: events.id });
	if (row) return { id: row.id, created: true };
	const [existing] = await db.select({ id: events.id }).from(events).where(eq(events.submissionId, input.submissionId!));
	return { id: existing.id, created: false };
}

export async function updateEvent(db: Db, id: string, set: Partial<EventInput>): Promise<void> {
	await db.update(events).set({ ...set, updatedAt: new Date() }).where(eq(events.id, id));
}

export async function findEvent(db: Db, id: string): Promise<EventRow | null> {
	const [row] = await db.select().from(events).where(eq(events.id, id));
	return row ?? null;
}

export async function findEventBySlug(db: Db, slug: string): Promise<EventRow | null> {
	const [row] = await db.select().from(events).where(eq(events.slug, slug));
	return row ?? null;
}

/** The event row locked until the transaction ends: registrations for one event queue up here. */
export async function lockEvent(db: Db, id: string): Promise<EventRow | null> {
	const [row] = await db.select().from(events).where(eq(events.id, id)).for('update');
	return row ?? null;
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
	const [row] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
	return !!row;
}

export type StopInput = { position: number; at: Date | null; producerId?: string | null; salesPointId?: string | null; placeId?: string | null; note?: LocalizedText };

export async function replaceStops(db: Db, eventId: string, stops: StopInput[]): Promise<void> {
	await db.delete(eventStops).where(eq(eventStops.eventId, eventId));
	if (stops.length) await db.insert(eventStops).values(stops.map((s) => ({ eventId, position: s.position, at: s.at, producerId: s.producerId ?? null, salesPointId: s.salesPointId ?? null, placeId: s.placeId ?? null, note: s.note ?? { lv: '' } })));
}

export async function replaceHosts(db: Db, eventId: string, producerIds: string[]): Promise<void> {
	await db.delete(eventHosts).where(eq(eventHosts.eventId, eventId));
	if (producerIds.length) await db.insert(eventHosts).values([...new Set(producerIds)].map((producerId) => ({ eventId, producerId })));
}

export type StopView = { position: number; at: Date | null; kind: 'producer' | 'sales_point' | 'place'; slug: string; name: string; note: LocalizedText };

/** A visit's stops in order, only those whose listing is public. */
export async function listStops(db: Db, eventId: string): Promise<StopView[]> {
	const rows = await db
		.select({
			position: eventStops.position,
			at: eventStops.at,
			note: eventStops.note,
			producer: { slug: producers.slug, name: producers.name, status: producers.status },
			salesPoint: { slug: salesPoints.slug, name: salesPoints.name, status: salesPoints.status },
			place: { slug: places.slug, name: places.name, status: places.status }
		})
		.from(eventStops)
		.leftJoin(producers, eq(producers.id, eventStops.producerId))
		.leftJoin(salesPoints, eq(salesPoints.id, eventStops.salesPointId))
		.leftJoin(places, eq(places.id, eventStops.placeId))
		.where(eq(eventStops.eventId, eventId))
		.orderBy(asc(eventStops.position));
	const out: StopView[] = [];
	for (const r of rows) {
		const [kind, target] = r.producer?.slug ? (['producer', r.producer] as const) : r.salesPoint?.slug ? (['sales_point', r.salesPoint] as const) : (['place', r.place] as const);
		if (!target?.slug || target.status !== 'published') continue;
		out.push({ position: r.position, at: r.at, kind, slug: target.slug, name: target.name, note: r.note });
	}
	return out;
}

export async function listHosts(db: Db, eventId: string): Promise<{ slug: string; name: string }[]> {
	return db
		.select({ slug: producers.slug, name: producers.name })
		.from(eventHosts)
		.innerJoin(producers, eq(producers.id, eventHosts.producerId))
		.where(and(eq(eventHosts.eventId, eventId), eq(producers.status, 'published')))
		.orderBy(sql`${producers.sortKey} COLLATE "C"`);
}

export type CalendarFilter = {
	from?: Date;
	to?: Date;
	kinds?: EventKind[];
	municipalityId?: number;
	online?: boolean;
	projectId?: string;
	organisationId?: string;
	language?: string;
	/** Only these ids (events at a stop, hosted by a producer). */
	ids?: string[];
};

export type CalendarRow = {
	id: string;
	slug: string;
	kind: EventKind;
	status: 'draft' | 'published' | 'cancelled';
	title: LocalizedText;
	summary: LocalizedText;
	startsAt: Date;
	endsAt: Date;
	timeZone: string;
	online: boolean;
	venueName: string | null;
	placeName: string | null;
	municipality: { slug: string; name: LocalizedText } | null;
	organisation: { slug: string; name: string };
	projectId: string | null;
	languages: string[];
	capacity: number | null;
	isDemo: boolean;
};

function calendarWhere(f: CalendarFilter, publicOnly: boolean): SQL | undefined {
	return and(
		publicOnly ? inArray(events.status, ['published', 'cancelled']) : undefined,
		publicOnly ? eq(organisations.status, 'published') : undefined,
		f.from ? gte(events.endsAt, f.from) : undefined,
		f.to ? lt(events.startsAt, f.to) : undefined,
		f.kinds?.length ? inArray(events.kind, f.kinds) : undefined,
		f.municipalityId ? eq(events.municipalityId, f.municipalityId) : undefined,
		f.online === undefined ? undefined : eq(events.online, f.online),
		f.projectId ? eq(events.projectId, f.projectId) : undefined,
		f.organisationId ? eq(events.organisationId, f.organisationId) : undefined,
		f.language ? sql`${f.language} = ANY(${events.languages})` : undefined,
		f.ids ? (f.ids.length ? inArray(events.id, f.ids) : sql`false`) : undefined
	);
}

const calendarColumns = {
	id: events.id,
	slug: events.slug,
	kind: events.kind,
	status: events.status,
	title: events.title,
	summary: events.summary,
	startsAt: events.startsAt,
	endsAt: events.endsAt,
	timeZone: events.timeZone,
	online: events.online,
	venueName: events.venueName,
	placeName: places.name,
	municipalitySlug: territories.slug,
	municipalityName: territories.name,
	organisationSlug: organisations.slug,
	organisationName: organisations.name,
	projectId: events.projectId,
	languages: events.languages,
	capacity: events.capacity,
	isDemo: events.isDemo
};

/** Public (or, for a workspace, all) events in date order, with what a calendar line shows. */
export async function listCalendar(
	db: Db,
	f: CalendarFilter,
	page: { limit: number; offset: number },
	publicOnly = true,
	order: 'asc' | 'desc' = 'asc'
): Promise<{ total: number; rows: CalendarRow[] }> {
	const where = calendarWhere(f, publicOnly);
	const base = () =>
		db
			.select(calendarColumns)
			.from(events)
			.innerJoin(organisations, eq(organisations.id, events.organisationId))
			.leftJoin(places, eq(places.id, events.placeId))
			.leftJoin(territories, eq(territories.id, events.municipalityId))
			.where(where);
	const [{ n }] = await db
		.select({ n: sql<number>`count(*)` })
		.from(events)
		.innerJoin(organisations, eq(organisations.id, events.organisationId))
		.where(where);
	const rows = await base()
		.orderBy(order === 'asc' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
		.limit(page.limit)
		.offset(page.offset);
	return {
		total: Number(n),
		rows: rows.map((r) => ({
			id: r.id,
			slug: r.slug,
			kind: r.kind,
			status: r.status,
			title: r.title,
			summary: r.summary,
			startsAt: new Date(r.startsAt),
			endsAt: new Date(r.endsAt),
			timeZone: r.timeZone,
			online: r.online,
			venueName: r.venueName,
			placeName: r.placeName,
			municipality: r.municipalitySlug ? { slug: r.municipalitySlug, name: r.municipalityName! } : null,
			organisation: { slug: r.organisationSlug, name: r.organisationName },
			projectId: r.projectId,
			languages: r.languages,
			capacity: r.capacity,
			isDemo: r.isDemo
		}))
	};
}

/** Ids of events with a stop at this producer, sales point or place, or hosted by this producer. */
export async function eventIdsAt(db: Db, target: { producerId?: string; salesPointId?: string; placeId?: string }): Promise<string[]> {
	const conditions = [
		target.producerId ? eq(eventStops.producerId, target.producerId) : undefined,
		target.salesPointId ? eq(eventStops.salesPointId, target.salesPointId) : undefined,
		target.placeId ? eq(eventStops.placeId, target.placeId) : undefined
	].filter(Boolean) as SQL[];
	const ids = new Set<string>();
	if (conditions.length) for (const r of await db.select({ id: eventStops.eventId }).from(eventStops).where(conditions[0])) ids.add(r.id);
	if (target.producerId) for (const r of await db.select({ id: eventHosts.eventId }).from(eventHosts).where(eq(eventHosts.producerId, target.producerId))) ids.add(r.id);
	if (target.placeId) for (const r of await db.select({ id: events.id }).from(events).where(eq(events.placeId, target.placeId))) ids.add(r.id);
	return [...ids];
}

export type { EventMaterial, EventQuestion };

/** A visit's stops as stored (the edit form). */
export async function listStopRows(db: Db, eventId: string) {
	return db
		.select({ at: eventStops.at, producerId: eventStops.producerId, salesPointId: eventStops.salesPointId, placeId: eventStops.placeId, note: eventStops.note })
		.from(eventStops)
		.where(eq(eventStops.eventId, eventId))
		.orderBy(asc(eventStops.position));
}

export async function listHostIds(db: Db, eventId: string): Promise<string[]> {
	return (await db.select({ id: eventHosts.producerId }).from(eventHosts).where(eq(eventHosts.eventId, eventId))).map((r) => r.id);
}
