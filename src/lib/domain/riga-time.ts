/** Latvia's local time zone; opening hours are always meant in it, whatever the server's zone. */
export const RIGA_TZ = 'Europe/Riga';

export type RigaMoment = { isoDay: number; minutes: number; date: string };

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: RIGA_TZ,
	weekday: 'short',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Wall-clock weekday and minute of the day in Riga (DST handled by Intl's tz database). */
export function rigaMoment(at: Date): RigaMoment {
	const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
	return {
		isoDay: WEEKDAYS[p.weekday],
		minutes: Number(p.hour) * 60 + Number(p.minute),
		date: `${p.year}-${p.month}-${p.day}`
	};
}

export function parseHHMM(value: string): number {
	const m = /^(\d{1,2}):(\d{2})$/.exec(value);
	if (!m) throw new Error(`Invalid time "${value}", expected HH:MM`);
	return Number(m[1]) * 60 + Number(m[2]);
}

export function formatMinutes(minutes: number): string {
	const h = Math.floor(minutes / 60) % 24;
	const m = minutes % 60;
	return `${h}:${String(m).padStart(2, '0')}`;
}
