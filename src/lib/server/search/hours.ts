/**
 * "Open now" in SQL: opening hours become minute-of-week ranges (Monday 00:00 = 0, in Riga
 * wall-clock time), stored as an int4multirange; the query asks `open_week @> minuteOfWeek(now)`.
 * Same rules as openStatus() in src/lib/domain/opening-hours.ts (the unit test checks them against
 * each other): an interval closing at or before it opens runs past midnight, and Sunday night
 * wraps into Monday morning.
 */
import type { OpeningInterval } from '../../domain/types';
import { parseHHMM, rigaMoment } from '../../domain/riga-time';

export const WEEK_MINUTES = 7 * 1440;

export type MinuteRange = readonly [number, number];

/** Sorted, merged, half-open [start, end) ranges within 0…10080. */
export function weeklyOpenRanges(intervals: readonly OpeningInterval[]): MinuteRange[] {
	const raw: [number, number][] = [];
	for (const iv of intervals) {
		const start = (iv.day - 1) * 1440 + parseHHMM(iv.opens);
		let end = (iv.day - 1) * 1440 + parseHHMM(iv.closes);
		if (end <= start) end += 1440;
		if (end > WEEK_MINUTES) {
			raw.push([start, WEEK_MINUTES], [0, end - WEEK_MINUTES]);
		} else {
			raw.push([start, end]);
		}
	}
	raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: [number, number][] = [];
	for (const r of raw) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

/** '{[540,1080),[1980,2520)}', or null when there are no hours (open status unknown). */
export function multirangeLiteral(ranges: readonly MinuteRange[]): string | null {
	if (ranges.length === 0) return null;
	return `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}`;
}

/** Minute of the ISO week in Riga at `at` (DST handled by Intl). */
export function minuteOfWeek(at: Date): number {
	const m = rigaMoment(at);
	return (m.isoDay - 1) * 1440 + m.minutes;
}

export function isOpenAt(ranges: readonly MinuteRange[], minute: number): boolean {
	return ranges.some(([a, b]) => minute >= a && minute < b);
}
