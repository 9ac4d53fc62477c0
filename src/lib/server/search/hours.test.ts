import { describe, expect, it } from 'vitest';
import { openStatus } from '$lib/domain/opening-hours';
import type { OpeningInterval } from '$lib/domain/types';
import { isOpenAt, minuteOfWeek, multirangeLiteral, weeklyOpenRanges } from './hours';

const iv = (day: number, opens: string, closes: string): OpeningInterval => ({ day, opens, closes });

describe('weeklyOpenRanges', () => {
	it('turns hours into merged minute-of-week ranges', () => {
		expect(weeklyOpenRanges([iv(1, '09:00', '18:00'), iv(1, '17:00', '20:00'), iv(6, '9:00', '14:00')])).toEqual([
			[540, 1200],
			[7740, 8040]
		]);
		expect(multirangeLiteral(weeklyOpenRanges([iv(2, '08:00', '11:00')]))).toBe('{[1920,2100)}');
		expect(multirangeLiteral([])).toBeNull();
	});
	it('runs past midnight and wraps Sunday night into Monday morning', () => {
		expect(weeklyOpenRanges([iv(7, '22:00', '02:00')])).toEqual([
			[0, 120],
			[9960, 10080]
		]);
	});

	// the SQL filter must agree with the page's openStatus() at every moment of a week (winter and summer time)
	it.each([
		['weekdays and Saturday', [iv(1, '09:00', '18:00'), iv(2, '09:00', '18:00'), iv(3, '09:00', '18:00'), iv(4, '09:00', '18:00'), iv(5, '09:00', '18:00'), iv(6, '09:00', '14:00')]],
		['two intervals a day', [iv(3, '08:00', '11:00'), iv(3, '17:00', '20:00')]],
		['over midnight', [iv(5, '20:00', '03:00'), iv(7, '23:30', '00:30')]],
		['all day', [iv(4, '00:00', '00:00')]]
	])('agrees with openStatus: %s', (_name, hours) => {
		const ranges = weeklyOpenRanges(hours);
		for (const start of ['2026-11-23T00:00:00+02:00', '2026-07-06T00:00:00+03:00']) {
			for (let t = Date.parse(start); t < Date.parse(start) + 7 * 86_400_000; t += 10 * 60_000) {
				const at = new Date(t);
				expect(isOpenAt(ranges, minuteOfWeek(at)), at.toISOString()).toBe(openStatus(hours, at).state === 'open');
			}
		}
	});
});

describe('minuteOfWeek', () => {
	it('counts in Riga time', () => {
		expect(minuteOfWeek(new Date('2026-11-23T08:00:00Z'))).toBe(600); // Monday 10:00 in Riga (UTC+2)
		expect(minuteOfWeek(new Date('2026-07-05T20:59:00Z'))).toBe(10079); // Sunday 23:59 (UTC+3)
	});
});
