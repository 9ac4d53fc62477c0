/**
 * Event times: entered as a date and a wall-clock time in the venue's zone (Europe/Riga, or
 * Europe/Chisinau for a visit in Moldova), stored as instants, shown in Riga time and — when the
 * venue is elsewhere — in the venue's zone too. Pure; DST comes from Intl's tz database.
 */
export const EVENT_ZONES = ['Europe/Riga', 'Europe/Chisinau'] as const;
export type EventZone = (typeof EVENT_ZONES)[number];

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormat(zone: string): Intl.DateTimeFormat {
	let f = partsCache.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
		partsCache.set(zone, f);
	}
	return f;
}

/** Wall clock of an instant in a zone: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
export function wallClock(at: Date, zone: string): { date: string; time: string } {
	const p = Object.fromEntries(partsFormat(zone).formatToParts(at).map((x) => [x.type, x.value]));
	return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

function offsetMinutes(at: Date, zone: string): number {
	const p = Object.fromEntries(partsFormat(zone).formatToParts(at).map((x) => [x.type, x.value]));
	const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
	return Math.round((asUtc - at.getTime()) / 60_000);
}

/**
 * The instant when the wall clock in `zone` shows `date` `time`. A time skipped by the spring
 * change (03:30 on the last Sunday of March in Riga) reads as the hour after; a repeated autumn
 * hour as its first occurrence. Null for a malformed date or time.
 */
export function zonedInstant(date: string, time: string, zone: string): Date | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{1,2}):(\d{2})$/.exec(time);
	if (!d || !t) return null;
	const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
	if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
	const naive = Date.UTC(y, mo - 1, da, h, mi);
	if (new Date(naive).getUTCDate() !== da) return null;
	// two passes settle the offset around a DST change
	let guess = naive - offsetMinutes(new Date(naive), zone) * 60_000;
	guess = naive - offsetMinutes(new Date(guess), zone) * 60_000;
	return new Date(guess);
}

/** "YYYY-MM" of an instant in Riga (the calendar's month). */
export const rigaMonth = (at: Date) => wallClock(at, 'Europe/Riga').date.slice(0, 7);

/** The days of a month as a grid of weeks starting on Monday (null = padding). */
export function monthGrid(month: string): (string | null)[][] {
	const [y, m] = month.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1, 1));
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const lead = (first.getUTCDay() + 6) % 7;
	const cells: (string | null)[] = [...Array(lead).fill(null)];
	for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
	while (cells.length % 7) cells.push(null);
	const weeks: (string | null)[][] = [];
	for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
	return weeks;
}

/** The month before or after "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
	const [y, m] = month.split('-').map(Number);
	const d = new Date(Date.UTC(y, m - 1 + by, 1));
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The instants a Riga calendar month spans. */
export function monthRange(month: string): { from: Date; to: Date } {
	return { from: zonedInstant(`${month}-01`, '00:00', 'Europe/Riga')!, to: zonedInstant(`${shiftMonth(month, 1)}-01`, '00:00', 'Europe/Riga')! };
}
