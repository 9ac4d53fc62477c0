/**
 * Calendar days as 'YYYY-MM-DD' strings (the log keeps days in Riga) and ISO weeks by their
 * Monday. Pure date arithmetic in UTC: a day string has no time zone of its own.
 */

const DAY_MS = 86_400_000;

/** The windows the views offer (the last N weeks up to this one); the roll-up keeps each summed. */
export const WINDOW_WEEKS = [4, 12, 26, 52] as const;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
	return fromMs(toMs(day) + n * DAY_MS);
}

/** The Monday of the ISO week the day is in. */
export function mondayOf(day: string): string {
	const weekday = (new Date(toMs(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
	return addDays(day, -weekday);
}

/** The last `count` weeks up to and including the one of `today`: first Monday and last Sunday. */
export function weekWindow(today: string, count: number): { from: string; to: string } {
	const monday = mondayOf(today);
	return { from: addDays(monday, -7 * (count - 1)), to: addDays(monday, 6) };
}

/** Every Monday from the week of `from` to the week of `to`. */
export function mondaysBetween(from: string, to: string): string[] {
	const out: string[] = [];
	for (let d = mondayOf(from); d <= to; d = addDays(d, 7)) out.push(d);
	return out;
}

export function daysBetween(from: string, to: string): number {
	return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}
