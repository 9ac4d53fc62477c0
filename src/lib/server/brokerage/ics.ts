/**
 * A participant's brokerage agenda as iCalendar (issue 19): one VEVENT per accepted meeting, written
 * in the event's zone (DTSTART;TZID=Europe/Riga or Europe/Chisinau) with its VTIMEZONE, so a calendar
 * shows the wall-clock time the organiser printed. Built with ical-generator like events/ics.ts;
 * times go in as wall-clock strings because the library writes a Date's UTC fields under any TZID.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { wallClock } from '$lib/domain/event-time';

/** EU rule (Riga) changes at 01:00 UTC; Moldova at 02:00 / 03:00 local. Offsets are the same. */
const RULES: Record<string, { spring: string; autumn: string }> = {
	'Europe/Riga': { spring: '19700329T030000', autumn: '19701025T040000' },
	'Europe/Chisinau': { spring: '19700329T020000', autumn: '19701025T030000' }
};

export function vtimezone(zone: string): string {
	const r = RULES[zone] ?? RULES['Europe/Riga'];
	return [
		'BEGIN:VTIMEZONE',
		`TZID:${zone}`,
		'BEGIN:DAYLIGHT',
		`DTSTART:${r.spring}`,
		'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
		'TZOFFSETFROM:+0200',
		'TZOFFSETTO:+0300',
		'TZNAME:EEST',
		'END:DAYLIGHT',
		'BEGIN:STANDARD',
		`DTSTART:${r.autumn}`,
		'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
		'TZOFFSETFROM:+0300',
		'TZOFFSETTO:+0200',
		'TZNAME:EET',
		'END:STANDARD',
		'END:VTIMEZONE'
	].join('\r\n');
}

const local = (at: Date, zone: string) => {
	const w = wallClock(at, zone);
	return `${w.date}T${w.time}:00`;
};

export type AgendaIcsItem = { id: string; startsAt: Date; endsAt: Date; summary: string; description: string; location: string | null; url: string | null };

export function agendaIcs(zone: string, locale: string, name: string, items: AgendaIcsItem[], stamp = new Date()): string {
	const tz = RULES[zone] ? zone : 'Europe/Riga';
	const cal = ical({ name, prodId: { company: 'tuvuma.lv', product: 'tuvuma-brokerage', language: locale.toUpperCase() }, timezone: { name: tz, generator: vtimezone } });
	for (const it of items) {
		cal.createEvent({
			id: `brokerage-${it.id}@tuvuma.lv`,
			start: local(it.startsAt, tz),
			end: local(it.endsAt, tz),
			timezone: tz,
			summary: it.summary,
			description: it.description,
			location: it.location,
			url: it.url,
			status: ICalEventStatus.CONFIRMED,
			stamp
		});
	}
	return cal.toString();
}
