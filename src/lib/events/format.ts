/**
 * How an event's time reads, in the reader's language: always in Riga time, and also in the
 * venue's zone when that is another one (a study visit in Moldova). Used by pages and mails.
 */
import { m } from '$lib/paraglide/messages';

const RIGA = 'Europe/Riga';
const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, zone: string, withDate: boolean): Intl.DateTimeFormat {
	const key = `${locale}|${zone}|${withDate}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, withDate ? { dateStyle: 'full', timeStyle: 'short', timeZone: zone } : { timeStyle: 'short', timeZone: zone });
		cache.set(key, f);
	}
	return f;
}

/** "ceturtdiena, 2026. gada 10. decembris 10:00–12:00 (Rīgas laiks)", plus the venue's time when it differs. */
export function eventWhen(startsAt: Date, endsAt: Date, zone: string, locale: string): string {
	const riga = `${format(locale, RIGA, true).formatRange(startsAt, endsAt)} (${m.events_riga_time({}, { locale: locale as 'lv' })})`;
	if (zone === RIGA) return riga;
	return `${riga}; ${m.events_venue_time({ time: format(locale, zone, true).formatRange(startsAt, endsAt), zone: zoneName(zone, locale) }, { locale: locale as 'lv' })}`;
}

export function zoneName(zone: string, locale: string): string {
	return zone === 'Europe/Chisinau' ? m.events_zone_chisinau({}, { locale: locale as 'lv' }) : m.events_riga_time({}, { locale: locale as 'lv' });
}

/** A short date for lists: "10. dec., 10:00". */
export function eventShort(startsAt: Date, locale: string): string {
	const key = `${locale}|short`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: RIGA });
		cache.set(key, f);
	}
	return f.format(startsAt);
}
