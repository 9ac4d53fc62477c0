/**
 * Opening hours follow OpenStreetMap's `opening_hours` model (weekdays, seasons, dates, "the last
 * Saturday of September", public holidays, exceptions), evaluated by the maintained
 * `opening_hours` library. A listing's hours are one such value; a producer's are the values of
 * its sales points (open when any of them is). Times are Riga wall-clock time, whatever the
 * server's zone. Server-side only: the library is large, pages get the computed results.
 */
import OpeningHoursValue from 'opening_hours';
import { RIGA_TZ } from './riga-time';

export type OpenStatus =
	| { state: 'open'; closesAt: string | null }
	| { state: 'closed'; opensAt: string; opensDate: string; opensDay: number; opensToday: boolean; opensTomorrow: boolean; daysAhead: number }
	/** Closed, and no opening within the next year. */
	| { state: 'closed'; opensAt: null }
	| { state: 'unknown' };

export type DayHours = { date: string; isoDay: number; ranges: { opens: string; closes: string }[] };

/** Public holidays of Latvia (the library knows them by country code). */
const LATVIA = { lat: 56.95, lon: 24.1, address: { country_code: 'lv', state: '' } };
const HORIZON_DAYS = 400;
const DAY_MS = 86_400_000;

const wallParts = new Intl.DateTimeFormat('en-GB', {
	timeZone: RIGA_TZ,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23'
});

/**
 * The library reads dates in the process's own zone: give it a Date whose local fields are Riga's
 * wall clock at `at`, and read its answers' local fields as Riga time.
 */
function rigaWall(at: Date): Date {
	const p = Object.fromEntries(wallParts.formatToParts(at).map((x) => [x.type, x.value]));
	return new Date(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

const hhmm = (d: Date, padded = false) => `${padded ? String(d.getHours()).padStart(2, '0') : d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const isoDay = (d: Date) => ((d.getDay() + 6) % 7) + 1;
const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, d.getHours(), d.getMinutes(), d.getSeconds());

/** Parsing costs ~1–2 ms, evaluating microseconds: parsed values are kept (a few thousand distinct ones at most). */
const parsed = new Map<string, OpeningHoursValue | null>();

function parse(value: string): OpeningHoursValue | null {
	let oh = parsed.get(value);
	if (oh === undefined) {
		try {
			oh = value.trim() ? new OpeningHoursValue(value, LATVIA) : null;
		} catch {
			oh = null; // stored values were checked when written; one that no longer parses counts as unknown
		}
		if (parsed.size > 20_000) parsed.clear();
		parsed.set(value, oh);
	}
	return oh;
}

export type HoursCheck = { ok: true; value: string } | { ok: false; error: string; near: string };

/** Whether a value is valid `opening_hours` syntax; on error, the text up to where it went wrong. */
export function checkOpeningHours(value: string): HoursCheck {
	const text = value.trim().replace(/\s+/g, ' ');
	try {
		new OpeningHoursValue(text, LATVIA);
		return { ok: true, value: text };
	} catch (e) {
		const message = String(e instanceof Error ? e.message : e);
		const near = /^(.*?)\s*<---/s.exec(message)?.[1]?.trim() ?? '';
		return { ok: false, error: message, near };
	}
}

/** Open or not from a wall moment until the next change (cached per value: most lookups are one comparison). */
type Span = { from: number; until: number; open: boolean; unknown: boolean; next: Date | null };
const spans = new Map<string, Span>();

function spanAt(value: string, oh: OpeningHoursValue, wall: Date): Span {
	const t = wall.getTime();
	const cached = spans.get(value);
	if (cached && t >= cached.from && t < cached.until) return cached;
	const next = oh.getNextChange(wall, addDays(wall, HORIZON_DAYS)) ?? null;
	const span = { from: t, until: next ? next.getTime() : t + DAY_MS, open: oh.getState(wall), unknown: oh.getUnknown(wall), next };
	if (spans.size > 20_000) spans.clear();
	spans.set(value, span);
	return span;
}

const usable = (schedules: readonly string[]) => schedules.flatMap((v) => (typeof v === 'string' && v.trim() ? [[v, parse(v)] as const] : [])).filter(([, oh]) => oh !== null) as Array<readonly [string, OpeningHoursValue]>;

/** Open at `at` (Riga time) by any of the values. The search's "open now" asks this once a minute per distinct value. */
export function isOpenAt(schedules: readonly string[], at: Date): boolean {
	const wall = rigaWall(at);
	return usable(schedules).some(([v, oh]) => spanAt(v, oh, wall).open);
}

/**
 * Answers for the current minute (hours are whole minutes, so the answer holds for all of it): a
 * page of search hits asks for the same few values again and again. Bounded; shared, so frozen.
 */
const statuses = { minute: Number.NaN, byValues: new Map<string, OpenStatus>() };
const STATUSES_KEPT = 2_000;

/** "Open, closes 17:00" / "closed, opens Saturday 10:00" / "closed, opens 25 September": what a visitor needs now. */
export function openStatus(schedules: readonly string[], at: Date): OpenStatus {
	const minute = Math.floor(at.getTime() / 60_000);
	if (minute !== statuses.minute) {
		statuses.byValues.clear();
		statuses.minute = minute;
	}
	const key = schedules.join('\n');
	let status = statuses.byValues.get(key);
	if (!status) {
		status = Object.freeze(statusAt(schedules, at));
		if (statuses.byValues.size < STATUSES_KEPT) statuses.byValues.set(key, status);
	}
	return status;
}

function statusAt(schedules: readonly string[], at: Date): OpenStatus {
	const list = usable(schedules);
	if (list.length === 0) return { state: 'unknown' };
	const wall = rigaWall(at);
	const states = list.map(([v, oh]) => spanAt(v, oh, wall));
	const open = states.filter((s) => s.open);
	if (open.length) {
		const closes = open.map((s) => s.next).filter((d): d is Date => d !== null);
		// several open at once: the last to close
		return { state: 'open', closesAt: closes.length === open.length ? hhmm(new Date(Math.max(...closes.map((d) => d.getTime())))) : null };
	}
	if (states.every((s) => s.unknown)) return { state: 'unknown' };
	const opens = list.map(([, oh], i) => nextOpening(oh, wall, states[i])).filter((d): d is Date => d !== null);
	if (!opens.length) return { state: 'closed', opensAt: null };
	const first = new Date(Math.min(...opens.map((d) => d.getTime())));
	const daysAhead = Math.round((startOfDay(first).getTime() - startOfDay(wall).getTime()) / DAY_MS);
	return { state: 'closed', opensAt: hhmm(first), opensDate: isoDate(first), opensDay: isoDay(first), opensToday: daysAhead === 0, opensTomorrow: daysAhead === 1, daysAhead };
}

/** The next moment it opens (a change to "unknown" is not an opening: skip past it). */
function nextOpening(oh: OpeningHoursValue, wall: Date, span: Span): Date | null {
	let at = span.next;
	const limit = addDays(wall, HORIZON_DAYS);
	for (let i = 0; at && i < 50; i++) {
		if (oh.getState(at)) return at;
		at = oh.getNextChange(at, limit) ?? null;
	}
	return null;
}

/** The coming `count` days from `from` with their open intervals ("09:00"), all values together, for a "this week" list. */
export function openDays(schedules: readonly string[], from: Date, count = 7): DayHours[] {
	const list = usable(schedules);
	const start = startOfDay(rigaWall(from));
	return Array.from({ length: count }, (_, i) => {
		const day = addDays(start, i);
		const end = addDays(start, i + 1);
		const ranges = list
			.flatMap(([, oh]) => oh.getOpenIntervals(day, end).filter(([, , unknown]) => !unknown))
			.sort((a, b) => a[0].getTime() - b[0].getTime())
			// an interval running past midnight shows its real end, not 24:00
			.map(([a, b]) => ({ opens: hhmm(a, true), closes: b.getTime() === end.getTime() ? '24:00' : hhmm(b, true) }));
		return { date: isoDate(day), isoDay: isoDay(day), ranges };
	});
}

/** Whether the value is the same every week (no seasons, dates or holidays): a weekly table says it all. */
export function isWeekly(value: string): boolean {
	const oh = parse(value);
	return !!oh && oh.isWeekStable();
}
