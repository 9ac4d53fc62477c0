import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, mondayOf, mondaysBetween, weekWindow } from './weeks';

describe('weeks', () => {
	it('finds the Monday of any day, across months and years', () => {
		expect(mondayOf('2026-12-05')).toBe('2026-11-30'); // a Saturday
		expect(mondayOf('2026-11-30')).toBe('2026-11-30');
		expect(mondayOf('2027-01-03')).toBe('2026-12-28'); // a Sunday
	});

	it('gives the last n weeks up to the current one, Monday to Sunday', () => {
		expect(weekWindow('2026-12-05', 1)).toEqual({ from: '2026-11-30', to: '2026-12-06' });
		expect(weekWindow('2026-12-05', 12)).toEqual({ from: '2026-09-14', to: '2026-12-06' });
		expect(mondaysBetween('2026-09-14', '2026-12-06')).toHaveLength(12);
	});

	it('adds and counts days over a leap day and a DST change', () => {
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
	});
});
