import { describe, expect, it } from 'vitest';
import { dueCheckin } from './due';
import { testPairDates } from './test-pairs';

describe('the browser test pairs’ dates', () => {
	it('make the +6 month check-in due and the active pair running on every day of a leap and a common year', () => {
		for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
			const today = new Date(t).toISOString().slice(0, 10);
			const d = testPairDates(today);
			expect(dueCheckin(d.completedEnds, ['end'], today), today).toMatchObject({ due: 'month6' });
			expect(d.activeStarts < today && today < d.activeEnds, today).toBe(true);
		}
	});
	it('clamps the 31st instead of overflowing into the next month', () => {
		expect(testPairDates('2027-08-31').completedEnds).toBe('2027-02-28');
	});
});
