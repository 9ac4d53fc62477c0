/** Opening hours in words: day names, ranges, the rules' lines and the open status, in the page's language. */
import { m } from '$lib/paraglide/messages';
import type { HoursLine } from '$lib/domain/hours-view';
import { emptyModel, fromOpeningHours, groupWeek, toOpeningHours, type MonthDay, type TimeRange } from '$lib/domain/hours-model';
import type { DayHours, OpenStatus } from '$lib/domain/opening-hours';

const SHORT = [m.day_short_1, m.day_short_2, m.day_short_3, m.day_short_4, m.day_short_5, m.day_short_6, m.day_short_7];
const LONG = [m.day_long_1, m.day_long_2, m.day_long_3, m.day_long_4, m.day_long_5, m.day_long_6, m.day_long_7];

export const dayShort = (isoDay: number): string => SHORT[isoDay - 1]();
export const dayLong = (isoDay: number): string => LONG[isoDay - 1]();

/** [1,2,3,4,5,7] → "P.–Pk., Sv." (runs of three or more days as a span). */
export function formatDays(days: readonly number[]): string {
	const sorted = [...new Set(days)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		if (j - i >= 2) parts.push(`${dayShort(sorted[i])}–${dayShort(sorted[j])}`);
		else for (let k = i; k <= j; k++) parts.push(dayShort(sorted[k]));
		i = j + 1;
	}
	return parts.join(', ');
}

const trim = (t: string) => t.replace(/^0(\d)/, '$1');

/** "9:00–12:00, 13:00–17:00", or "closed". */
export function formatRanges(ranges: readonly TimeRange[]): string {
	return ranges.length ? ranges.map((r) => `${trim(r.opens)}–${trim(r.closes)}`).join(', ') : m.hours_closed();
}

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const dayMonth = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const fullDate = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthDay = (md: MonthDay) => `2024-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;

/** "26. septembris" or "14.–20. decembris"; the year only when it is not this one. */
export function formatDateSpan(from: string, to: string, locale: string, thisYear?: string): string {
	const fmt = thisYear && (from.slice(0, 4) !== thisYear || to.slice(0, 4) !== thisYear) ? fullDate(locale) : dayMonth(locale);
	return from === to ? fmt.format(utc(from)) : fmt.formatRange(utc(from), utc(to));
}

/** One rule as a label and its hours: "P.–Pk." · "9:00–17:00"; "1. maijs – 30. septembris, S." · "9:00–14:00". */
export function formatHoursLine(line: HoursLine, locale: string, today: string): { label: string; text: string } {
	const year = today.slice(0, 4);
	switch (line.kind) {
		case 'week':
			return { label: formatDays(line.days), text: formatRanges(line.ranges) };
		case 'season': {
			const span = dayMonth(locale).formatRange(utc(monthDay(line.from)), utc(monthDay(line.to)));
			const days = line.days.length && line.days.length < 7 ? `, ${formatDays(line.days)}` : '';
			return { label: `${span}${days}`, text: formatRanges(line.ranges) };
		}
		case 'holidays':
			return { label: m.hours_public_holidays(), text: m.hours_closed() };
		case 'yearly': {
			const every = line.every === 'year' ? m.hours_every_year() : m.hours_every_month();
			const next = line.next.length ? formatDateSpan(line.next[0], line.next.at(-1)!, locale, year) : '';
			return { label: next ? `${next} (${every})` : every, text: formatRanges(line.ranges) };
		}
		case 'dates':
			return { label: formatDateSpan(line.from, line.to, locale, year), text: formatRanges(line.ranges) };
	}
}

/** "Today", "Tomorrow", or "Saturday, 26 September" for the coming-days list. */
export function formatComingDay(day: DayHours, today: string, locale: string): string {
	const diff = Math.round((utc(day.date).getTime() - utc(today).getTime()) / 86_400_000);
	if (diff === 0) return m.hours_today();
	if (diff === 1) return m.hours_tomorrow();
	return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(day.date));
}

/** "Open now, until 18:00" / "Closed, opens tomorrow at 9:00" / "Closed, opens 26 September at 10:00"; empty when unknown. */
export function formatOpenStatus(status: OpenStatus, locale = 'lv'): string {
	switch (status.state) {
		case 'open':
			return status.closesAt ? m.open_now_until({ time: status.closesAt }) : m.hours_open_now();
		case 'closed':
			if (status.opensAt === null) return m.hours_closed_no_opening();
			if (status.opensToday) return m.closed_opens_today({ time: status.opensAt });
			if (status.opensTomorrow) return m.closed_opens_tomorrow({ time: status.opensAt });
			if (status.daysAhead < 7) return m.closed_opens_on({ day: dayLong(status.opensDay), time: status.opensAt });
			return m.hours_closed_opens_date({ date: dayMonth(locale).format(utc(status.opensDate)), time: status.opensAt });
		case 'unknown':
			return '';
	}
}

/**
 * A stored value as readable lines without evaluating it (the moderator's diff runs in the
 * browser too): the week, seasons, holidays and dates in words; yearly rules and text outside the
 * editor's shape as the opening_hours text itself.
 */
export function describeOpeningHours(value: string, locale: string, today: string): string[] {
	const model = fromOpeningHours(value);
	if (!model) return [value];
	const line = (l: HoursLine) => {
		const f = formatHoursLine(l, locale, today);
		return `${f.label}: ${f.text}`;
	};
	return [
		...groupWeek(model.week).map((g) => line({ kind: 'week', ...g })),
		...model.seasons.map((s) => line({ kind: 'season', ...s })),
		...(model.holidaysClosed ? [line({ kind: 'holidays' })] : []),
		...model.yearly.map((y) => toOpeningHours({ ...emptyModel(), yearly: [y] })),
		...model.dates.map((d) => line({ kind: 'dates', ...d }))
	];
}
