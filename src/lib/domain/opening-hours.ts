import type { OpeningInterval } from './types';
import { formatMinutes, parseHHMM, rigaMoment } from './riga-time';

export type { OpeningInterval };

export type OpenStatus =
	| { state: 'open'; closesAt: string }
	| { state: 'closed'; opensAt: string; opensDay: number; opensToday: boolean; opensTomorrow: boolean }
	| { state: 'unknown' };

/**
 * Whether a place is open at `at` (Riga wall-clock time) and, if not, when it next opens.
 * An interval closing at or before it opens (e.g. 22:00–02:00) runs past midnight.
 */
export function openStatus(intervals: readonly OpeningInterval[], at: Date): OpenStatus {
	if (intervals.length === 0) return { state: 'unknown' };
	const now = rigaMoment(at);
	const nowWeek = (now.isoDay - 1) * 1440 + now.minutes;
	const WEEK = 7 * 1440;
	let best: { start: number; end: number } | undefined;
	for (const iv of intervals) {
		const start = (iv.day - 1) * 1440 + parseHHMM(iv.opens);
		let end = (iv.day - 1) * 1440 + parseHHMM(iv.closes);
		if (end <= start) end += 1440;
		for (const shift of [-WEEK, 0]) {
			if (nowWeek >= start + shift && nowWeek < end + shift) {
				return { state: 'open', closesAt: formatMinutes(end % 1440) };
			}
		}
		const ahead = (start - nowWeek + WEEK) % WEEK;
		if (!best || ahead < (best.start - nowWeek + WEEK) % WEEK) best = { start, end };
	}
	const ahead = (best!.start - nowWeek + WEEK) % WEEK;
	const opensDay = Math.floor(best!.start / 1440) + 1;
	return {
		state: 'closed',
		opensAt: formatMinutes(best!.start % 1440),
		opensDay,
		opensToday: opensDay === now.isoDay && ahead < 1440,
		opensTomorrow: opensDay === (now.isoDay % 7) + 1 && ahead < 2 * 1440
	};
}

export type HoursGroup = { days: number[]; ranges: { opens: string; closes: string }[] };

/**
 * Groups days with identical hours for display: Mon & Wed 9–12, Tue & Thu 15–17 →
 * [{days:[1,3], ranges:[9:00–12:00]}, {days:[2,4], ranges:[15:00–17:00]}], ordered by first day.
 */
export function groupHours(intervals: readonly OpeningInterval[]): HoursGroup[] {
	const byDay = new Map<number, { opens: string; closes: string }[]>();
	for (const iv of [...intervals].sort((a, b) => a.day - b.day || parseHHMM(a.opens) - parseHHMM(b.opens))) {
		const list = byDay.get(iv.day) ?? [];
		list.push({ opens: formatMinutes(parseHHMM(iv.opens)), closes: formatMinutes(parseHHMM(iv.closes)) });
		byDay.set(iv.day, list);
	}
	const groups: HoursGroup[] = [];
	for (const [day, ranges] of byDay) {
		const signature = JSON.stringify(ranges);
		const same = groups.find((g) => JSON.stringify(g.ranges) === signature);
		if (same) same.days.push(day);
		else groups.push({ days: [day], ranges });
	}
	return groups;
}

/** Consecutive runs of 3+ days collapse into a span (1–5), shorter ones stay a list (1, 3). */
export function dayRuns(days: readonly number[]): Array<{ from: number; to: number }> {
	const runs: Array<{ from: number; to: number }> = [];
	for (const d of [...days].sort((a, b) => a - b)) {
		const last = runs.at(-1);
		if (last && last.to === d - 1) last.to = d;
		else runs.push({ from: d, to: d });
	}
	return runs.flatMap((r) =>
		r.to - r.from >= 2 ? [r] : Array.from({ length: r.to - r.from + 1 }, (_, i) => ({ from: r.from + i, to: r.from + i }))
	);
}

/** Structural validation for hours typed by people or imported. */
export function validateIntervals(value: unknown): value is OpeningInterval[] {
	return (
		Array.isArray(value) &&
		value.every(
			(iv) =>
				iv &&
				Number.isInteger(iv.day) &&
				iv.day >= 1 &&
				iv.day <= 7 &&
				/^\d{1,2}:\d{2}$/.test(iv.opens) &&
				/^\d{1,2}:\d{2}$/.test(iv.closes)
		)
	);
}
