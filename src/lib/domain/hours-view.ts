/**
 * What a page shows about a listing's opening hours, worked out on the server for the request's
 * moment: the status ("open, closes 17:00"), the rules as lines (week, seasons, yearly events by
 * their next dates, dates, holidays) and, when the hours are not the same every week, the coming
 * days one by one. Values the editor's model cannot show are shown as their text.
 */
import { fromOpeningHours, toOpeningHours, emptyModel, type MonthDay, type TimeRange, groupWeek } from './hours-model';
import { isWeekly, openDays, openStatus, type DayHours, type OpenStatus } from './opening-hours';

export type HoursLine =
	| { kind: 'week'; days: number[]; ranges: TimeRange[] }
	| { kind: 'season'; from: MonthDay; to: MonthDay; days: number[]; ranges: TimeRange[] }
	| { kind: 'holidays' }
	| { kind: 'yearly'; every: 'year' | 'month'; next: string[]; ranges: TimeRange[] }
	| { kind: 'dates'; from: string; to: string; ranges: TimeRange[] };

export type HoursView = {
	status: OpenStatus;
	/** null: the value says more than lines can; show `text`. */
	lines: HoursLine[] | null;
	/** The opening_hours value itself. */
	text: string;
	/** The same every week (no seasons, dates or holidays): the rules say it all. */
	weekly: boolean;
	/** The coming days one by one; pages list them when the hours are not weekly. */
	coming: DayHours[];
	/** The first of `coming` is today (the page says "today", not a weekday). */
	today: string;
};

const trimTime = (t: string) => t.replace(/^0(\d)/, '$1');
const display = (ranges: readonly TimeRange[]) => ranges.map((r) => ({ opens: trimTime(r.opens), closes: trimTime(r.closes) }));

/** The view of one value at `now`; null when there are no hours. */
export function hoursView(value: string | null | undefined, now: Date, comingDays = 7): HoursView | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	const coming = openDays([text], now, comingDays);
	const today = coming[0]?.date ?? '';
	return {
		status: openStatus([text], now),
		lines: linesOf(text, now, today),
		text,
		weekly: isWeekly(text),
		coming,
		today
	};
}

function linesOf(text: string, now: Date, today: string): HoursLine[] | null {
	const model = fromOpeningHours(text);
	if (!model) return null;
	const lines: HoursLine[] = groupWeek(model.week).map((g) => ({ kind: 'week', days: g.days, ranges: display(g.ranges) }));
	for (const s of model.seasons) lines.push({ kind: 'season', from: s.from, to: s.to, days: s.days, ranges: display(s.ranges) });
	if (model.holidaysClosed) lines.push({ kind: 'holidays' });
	for (const y of model.yearly) {
		// "the last weekend of September" reads best as its next dates
		const alone = toOpeningHours({ ...emptyModel(), yearly: [{ ...y, ranges: y.ranges.length ? y.ranges : [{ opens: '00:00', closes: '24:00' }] }] });
		const status = openStatus([alone], now);
		const first = status.state === 'open' ? today : status.state === 'closed' && status.opensAt !== null ? status.opensDate : null;
		const next = first ? (y.weekday === 'weekend' ? [first, nextDay(first)] : [first]) : [];
		lines.push({ kind: 'yearly', every: y.month ? 'year' : 'month', next, ranges: display(y.ranges) });
	}
	// past dates say nothing any more
	for (const d of model.dates) if (d.to >= today) lines.push({ kind: 'dates', from: d.from, to: d.to, ranges: display(d.ranges) });
	return lines;
}

function nextDay(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	const next = new Date(Date.UTC(y, m - 1, d + 1));
	return next.toISOString().slice(0, 10);
}

/** The week's intervals by ISO weekday, for a value that is the same every week (API clients that know only weeks). */
export function weekIntervals(view: HoursView | null): Array<{ day: number; opens: string; closes: string }> {
	if (!view?.weekly) return [];
	// an interval to midnight closes at 00:00 in the API's weekday form
	return [...view.coming].sort((a, b) => a.isoDay - b.isoDay).flatMap((d) => d.ranges.map((r) => ({ day: d.isoDay, opens: r.opens, closes: r.closes === '24:00' ? '00:00' : r.closes })));
}
