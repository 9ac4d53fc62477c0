import { m } from '$lib/paraglide/messages';
import { dayRuns, groupHours, type OpenStatus } from '$lib/domain/opening-hours';
import type { OpeningInterval } from '$lib/domain/types';

const SHORT = [m.day_short_1, m.day_short_2, m.day_short_3, m.day_short_4, m.day_short_5, m.day_short_6, m.day_short_7];
const LONG = [m.day_long_1, m.day_long_2, m.day_long_3, m.day_long_4, m.day_long_5, m.day_long_6, m.day_long_7];

export const dayShort = (isoDay: number): string => SHORT[isoDay - 1]();
export const dayLong = (isoDay: number): string => LONG[isoDay - 1]();

/** Localized lines such as "P., T. 9:00–12:00" and "O., C. 15:00–17:00". */
export function formatHoursLines(intervals: readonly OpeningInterval[]): { days: string; times: string }[] {
	return groupHours(intervals).map((g) => ({
		days: dayRuns(g.days)
			.map((r) => (r.from === r.to ? dayShort(r.from) : `${dayShort(r.from)}–${dayShort(r.to)}`))
			.join(', '),
		times: g.ranges.map((r) => `${r.opens}–${r.closes}`).join(', ')
	}));
}

/** "Open now, until 18:00" / "Closed, opens tomorrow at 9:00"; empty when hours are unknown. */
export function formatOpenStatus(status: OpenStatus): string {
	switch (status.state) {
		case 'open':
			return m.open_now_until({ time: status.closesAt });
		case 'closed':
			if (status.opensToday) return m.closed_opens_today({ time: status.opensAt });
			if (status.opensTomorrow) return m.closed_opens_tomorrow({ time: status.opensAt });
			return m.closed_opens_on({ day: dayLong(status.opensDay), time: status.opensAt });
		case 'unknown':
			return '';
	}
}
