/** How a slot reads: "10.03.2027 10:00–10:20" in the event's zone (Riga and Chișinău share the offset most of the year). */
const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, zone: string): Intl.DateTimeFormat {
	const key = `${locale}|${zone}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
		cache.set(key, f);
	}
	return f;
}

export function slotLabel(startsAt: Date, endsAt: Date, zone: string, locale: string): string {
	return fmt(locale, zone).formatRange(startsAt, endsAt);
}
