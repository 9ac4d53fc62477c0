/**
 * Read-only flows of the public event pages: the calendar (list and month), one event, the upcoming
 * events of an organisation, a municipality or a listing. Nothing personal leaves here; the join
 * link never does (only personal-queries.ts, for a registered person).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { monthRange } from '$lib/domain/event-time';
import { events, organisations, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { CalendarParams } from '$lib/events/calendar-query';
import { placesLeft, registrationWindow } from './domain';
import { eventIdsAt, findEventBySlug, listCalendar, listHosts, listStops, type CalendarFilter, type CalendarRow } from './events-repository';
import { eventJsonLd } from './json-ld';
import { eventCounts, placesHeld } from './registrations-repository';
import { publicVenue } from './venue-repository';
import { projectIdOf, projectsWithEvents, publicProjectLink } from './event-projects';

export const PAGE_SIZE = 20;

async function filterOf(db: Db, p: CalendarParams, now: Date): Promise<CalendarFilter | null> {
	const f: CalendarFilter = { kinds: p.kinds, online: p.online, language: p.language ?? undefined };
	if (p.project) {
		const projectId = await projectIdOf(db, p.project);
		if (!projectId) return null;
		f.projectId = projectId;
	}
	if (p.municipality) {
		const [t] = await db.select({ id: territories.id }).from(territories).where(eq(territories.slug, p.municipality));
		if (!t) return null;
		f.municipalityId = t.id;
	}
	if (p.organisation) {
		const [o] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.slug, p.organisation), eq(organisations.status, 'published')));
		if (!o) return null;
		f.organisationId = o.id;
	}
	if (p.view === 'month') Object.assign(f, monthRange(p.month));
	else if (p.past) f.to = now;
	else f.from = now;
	return f;
}

export async function calendar(db: Db, p: CalendarParams, now = new Date(), perPage = PAGE_SIZE): Promise<{ total: number; rows: CalendarRow[] }> {
	const f = await filterOf(db, p, now);
	if (!f) return { total: 0, rows: [] };
	if (p.view === 'month') return listCalendar(db, f, { limit: 500, offset: 0 });
	const page = await listCalendar(db, f, { limit: perPage, offset: (p.page - 1) * perPage }, true, p.past ? 'desc' : 'asc');
	return page;
}

/** Upcoming public events of an organisation, a municipality or at a listing (its stops, hosting, venue). */
export async function upcomingEvents(db: Db, scope: { organisationId?: string; municipalityId?: number; producerId?: string; salesPointId?: string; placeId?: string }, now = new Date(), limit = 5): Promise<CalendarRow[]> {
	const f: CalendarFilter = { from: now, organisationId: scope.organisationId, municipalityId: scope.municipalityId };
	if (scope.producerId || scope.salesPointId || scope.placeId) f.ids = await eventIdsAt(db, scope);
	return (await listCalendar(db, f, { limit, offset: 0 })).rows;
}

/** Events at a listing, past ones too (a producer's page shows what it hosted). */
export async function eventsAt(db: Db, scope: { producerId?: string; salesPointId?: string; placeId?: string }, limit = 10): Promise<CalendarRow[]> {
	const ids = await eventIdsAt(db, scope);
	if (!ids.length) return [];
	return (await listCalendar(db, { ids }, { limit, offset: 0 }, true, 'desc')).rows;
}

export async function eventPage(db: Db, slug: string, locale: string, origin: string, now = new Date()) {
	const e = await findEventBySlug(db, slug);
	if (!e || e.status === 'draft') return null;
	const [org] = await db.select({ slug: organisations.slug, name: organisations.name, status: organisations.status }).from(organisations).where(eq(organisations.id, e.organisationId));
	if (!org || org.status !== 'published') return null;
	const [muni] = e.municipalityId
		? await db.select({ slug: territories.slug, name: territories.name }).from(territories).where(inArray(territories.id, [e.municipalityId]))
		: [];
	const venue = await publicVenue(db, e, locale);
	const held = await placesHeld(db, e.id);
	const left = placesLeft(e.capacity, held);
	const window = registrationWindow(e, now);
	const ended = e.endsAt <= now;
	const url = `${origin}/${locale}/pasakumi/${e.slug}`;
	const municipality = muni ? { slug: muni.slug, name: localized(muni.name, locale) } : null;
	return {
		event: {
			id: e.id,
			slug: e.slug,
			kind: e.kind,
			status: e.status,
			title: e.title,
			summary: e.summary,
			description: e.description,
			startsAt: e.startsAt.toISOString(),
			endsAt: e.endsAt.toISOString(),
			timeZone: e.timeZone,
			online: e.online,
			capacity: e.capacity,
			accessibility: e.accessibility,
			languages: e.languages,
			questions: e.questions,
			consentText: e.consentText,
			funderFields: e.funderFields,
			projectId: e.projectId,
			isDemo: e.isDemo,
			registrationClosesAt: (e.registrationClosesAt ?? e.startsAt).toISOString(),
			registrationOpensAt: e.registrationOpensAt?.toISOString() ?? null,
			// after the event: the recording and the materials; before it only those meant for everyone
			recordingUrl: ended ? e.recordingUrl : null,
			materials: e.materials.filter((mat) => ended || !mat.before)
		},
		organisation: { slug: org.slug, name: org.name },
		project: await publicProjectLink(db, e.projectId, locale),
		municipality,
		venue,
		stops: (await listStops(db, e.id)).map((s) => ({ ...s, at: s.at?.toISOString() ?? null })),
		hosts: await listHosts(db, e.id),
		placesLeft: left,
		window,
		ended,
		attended: ended ? (await eventCounts(db, e.id)).attended : null,
		jsonLd: eventJsonLd(e, { url, locale, venue, organisation: { name: org.name, url: `${origin}/${locale}/organizacijas/${org.slug}` }, placesLeft: left, registrationOpen: window === 'open', municipality: municipality?.name ?? null })
	};
}

export type EventPageData = NonNullable<Awaited<ReturnType<typeof eventPage>>>;

/** The calendar's filter choices: only municipalities and organisations that have public events. */
export async function calendarOptions(db: Db, locale: string) {
	const visible = inArray(events.status, ['published', 'cancelled']);
	const muni = await db
		.select({ slug: territories.slug, name: territories.name })
		.from(events)
		.innerJoin(territories, eq(territories.id, events.municipalityId))
		.where(visible)
		.groupBy(territories.slug, territories.name, territories.sortKey)
		.orderBy(sql`${territories.sortKey} COLLATE "C"`);
	const orgs = await db
		.select({ slug: organisations.slug, name: organisations.name })
		.from(events)
		.innerJoin(organisations, eq(organisations.id, events.organisationId))
		.where(and(visible, eq(organisations.status, 'published')))
		.groupBy(organisations.slug, organisations.name, organisations.sortKey)
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
	return {
		municipalities: muni.map((r) => ({ value: r.slug, label: localized(r.name, locale) })),
		organisations: orgs.map((r) => ({ value: r.slug, label: r.name })),
		projects: await projectsWithEvents(db, locale)
	};
}
