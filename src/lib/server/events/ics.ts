/**
 * iCalendar files with ical-generator: the feeds (all, per organisation, per project, per
 * municipality) and the `.ics` attached to every registration mail. Times are written in UTC, so
 * every calendar program places them right without a VTIMEZONE block.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '../db/schema/common';

export type IcsEvent = {
	id: string;
	slug: string;
	title: LocalizedText;
	summary: LocalizedText;
	startsAt: Date;
	endsAt: Date;
	status: 'draft' | 'published' | 'cancelled';
	online: boolean;
	venue: string | null;
	updatedAt?: Date;
};

const EPOCH = Date.UTC(2024, 0, 1);
/** A stable UID per event, so an updated or cancelled .ics replaces the earlier one in the calendar. */
export const eventUid = (id: string) => `${id}@tuvuma.lv`;
const sequenceOf = (e: IcsEvent) => Math.max(0, Math.floor(((e.updatedAt?.getTime() ?? EPOCH) - EPOCH) / 1000));

function addEvent(cal: ReturnType<typeof ical>, e: IcsEvent, locale: string, url: string, extra?: string) {
	const summary = localized(e.summary, locale);
	cal.createEvent({
		id: eventUid(e.id),
		sequence: sequenceOf(e),
		start: e.startsAt,
		end: e.endsAt,
		summary: localized(e.title, locale),
		description: [summary, extra, url].filter(Boolean).join('\n\n'),
		location: e.venue ?? (e.online ? 'Online' : null),
		url,
		status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		stamp: e.updatedAt ?? new Date(EPOCH)
	});
}

/** A subscribable feed of events. */
export function calendarFeed(name: string, items: { event: IcsEvent; url: string }[], locale: string): string {
	const cal = ical({ name, prodId: { company: 'tuvuma.lv', product: 'tuvuma-events', language: locale.toUpperCase() } });
	for (const { event, url } of items) addEvent(cal, event, locale, url);
	return cal.toString();
}

/** One event for one registrant: the personal page (and the join link of an online event) in the description. */
export function registrationIcs(event: IcsEvent, locale: string, personalUrl: string, extra?: string): string {
	const cal = ical({ prodId: { company: 'tuvuma.lv', product: 'tuvuma-events', language: locale.toUpperCase() } });
	addEvent(cal, event, locale, personalUrl, extra);
	return cal.toString();
}
