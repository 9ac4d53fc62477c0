/** The events API's answers (see api-schemas.ts): public facts only, in the requested language. */
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { pageUrls } from '../api/urls';
import type { EventListParams } from './api-schemas';
import { calendar, eventPage } from './queries';
import type { CalendarRow } from './events-repository';
import type { EventKind } from '$lib/events/choices';

type Ctx = { origin: string; lang: Locale };
const eventUrl = (ctx: Ctx, slug: string) => `${ctx.origin}/${ctx.lang}/pasakumi/${encodeURIComponent(slug)}`;

function summary(e: CalendarRow, ctx: Ctx) {
	const urls = pageUrls(ctx);
	return {
		type: 'event' as const,
		id: e.id,
		slug: e.slug,
		name: localized(e.title, ctx.lang),
		url: eventUrl(ctx, e.slug),
		kind: e.kind,
		status: e.status as 'published' | 'cancelled',
		starts_at: e.startsAt.toISOString(),
		ends_at: e.endsAt.toISOString(),
		time_zone: e.timeZone as 'Europe/Riga',
		online: e.online,
		languages: e.languages as Locale[],
		...(e.municipality ? { municipality: { slug: e.municipality.slug, name: localized(e.municipality.name, ctx.lang), url: urls.municipality(e.municipality.slug) } } : {}),
		organisation: { type: 'organisation' as const, slug: e.organisation.slug, name: e.organisation.name, url: urls.organisation(e.organisation.slug) },
		...(e.projectId ? { project_id: e.projectId } : {}),
		is_demo: e.isDemo
	};
}

export async function eventListBody(db: Db, p: EventListParams, self: URL, ctx: Ctx, now = new Date()) {
	const { total, rows } = await calendar(
		db,
		{
			view: 'list',
			month: '',
			kinds: p.kind ? [p.kind as EventKind] : [],
			municipality: p.municipality ?? null,
			online: p.online === undefined ? undefined : p.online === 'true',
			organisation: p.organisation ?? null,
			project: p.project ?? null,
			language: p.language ?? null,
			past: p.when === 'past',
			page: p.page
		},
		now,
		p.per_page
	);
	const pages = Math.max(1, Math.ceil(total / p.per_page));
	const withPage = (n: number) => {
		const u = new URL(self);
		u.searchParams.set('page', String(n));
		return u.toString();
	};
	return {
		data: rows.map((e) => summary(e, ctx)),
		meta: { page: p.page, per_page: p.per_page, total, pages },
		links: { self: self.toString(), next: p.page < pages ? withPage(p.page + 1) : null, prev: p.page > 1 ? withPage(Math.min(p.page - 1, pages)) : null }
	};
}

const STOP_SECTION = { producer: 'producer', sales_point: 'salesPoint', place: 'place' } as const;

export async function eventDetailBody(db: Db, slug: string, ctx: Ctx, now = new Date()) {
	const d = await eventPage(db, slug, ctx.lang, ctx.origin, now);
	if (!d) return null;
	const urls = pageUrls(ctx);
	const e = d.event;
	// the page's event has every field of a calendar row (summary() reads only those), dates as strings
	const row: CalendarRow = {
		...e,
		startsAt: new Date(e.startsAt),
		endsAt: new Date(e.endsAt),
		venueName: d.venue.name,
		placeName: d.venue.place?.name ?? null,
		municipality: null,
		organisation: d.organisation
	};
	const accessibility = localized(e.accessibility, ctx.lang);
	return {
		...summary(row, ctx),
		...(d.municipality ? { municipality: { slug: d.municipality.slug, name: d.municipality.name, url: urls.municipality(d.municipality.slug) } } : {}),
		summary: localized(e.summary, ctx.lang),
		description: localized(e.description, ctx.lang),
		venue: {
			...(d.venue.name ? { name: d.venue.name } : {}),
			...(d.venue.address ? { address: d.venue.address } : {}),
			...(d.venue.point ? { point: d.venue.point } : {}),
			...(d.venue.place ? { place: { slug: d.venue.place.slug, name: d.venue.place.name, url: urls.place(d.venue.place.slug) } } : {})
		},
		...(e.capacity !== null ? { capacity: e.capacity, places_left: d.placesLeft ?? 0 } : {}),
		registration: { state: d.window, ...(e.registrationOpensAt ? { opens_at: e.registrationOpensAt } : {}), closes_at: e.registrationClosesAt },
		...(accessibility ? { accessibility } : {}),
		itinerary: d.stops.map((s) => ({ type: s.kind, slug: s.slug, name: s.name, url: urls[STOP_SECTION[s.kind]](s.slug), ...(s.at ? { at: s.at } : {}) })),
		hosts: d.hosts.map((h) => ({ slug: h.slug, name: h.name, url: urls.producer(h.slug) })),
		...(d.attended !== null ? { attended: d.attended } : {}),
		...(e.recordingUrl ? { recording_url: e.recordingUrl } : {}),
		materials: e.materials.map((mat) => ({ title: localized(mat.title, ctx.lang), url: mat.url }))
	};
}
