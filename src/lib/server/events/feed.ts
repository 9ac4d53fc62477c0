/**
 * The iCal feeds: every public event, or those of one organisation, project or municipality (the
 * calendar's filters), from 30 days back on. Built with ical-generator (ics.ts).
 */
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';
import type { CalendarParams } from '$lib/events/calendar-query';
import type { Db } from '../db/types';
import { calendar } from './queries';
import { calendarFeed } from './ics';

export async function eventFeed(db: Db, p: CalendarParams, locale: Locale, origin: string, now = new Date()): Promise<string> {
	const { rows } = await calendar(db, { ...p, view: 'list', past: false, page: 1 }, new Date(now.getTime() - 30 * 86_400_000));
	const items = rows.map((e) => ({
		event: { id: e.id, slug: e.slug, title: e.title, summary: e.summary, startsAt: e.startsAt, endsAt: e.endsAt, status: e.status, online: e.online, venue: e.placeName ?? e.venueName ?? (e.municipality ? localized(e.municipality.name, locale) : null) },
		url: `${origin}/${locale}/pasakumi/${e.slug}`
	}));
	const name = [m.events_calendar_title({}, { locale }), rows[0] && p.organisation ? rows[0].organisation.name : null].filter(Boolean).join(' – ');
	return calendarFeed(name, items, locale);
}
