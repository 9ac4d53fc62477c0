import { describe, expect, it } from 'vitest';
import { checkOpeningHours } from './opening-hours';
import { daysText, emptyModel, fromOpeningHours, normalizeTime, toOpeningHours, type HoursModel } from './hours-model';

const r = (opens: string, closes: string) => ({ opens, closes });

describe('the editor model as opening_hours text', () => {
	it('writes weekdays grouped, several intervals a day', () => {
		const model = emptyModel();
		for (let d = 0; d < 5; d++) model.week[d] = [r('09:00', '12:00'), r('13:00', '17:00')];
		model.week[5] = [r('10:00', '14:00')];
		expect(toOpeningHours(model)).toBe('Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-14:00');
	});
	it('writes seasons, holidays, yearly events and dates in the order that keeps their meaning', () => {
		const model: HoursModel = {
			week: [[r('09:00', '17:00')], [], [], [], [], [], []],
			seasons: [{ from: { month: 5, day: 1 }, to: { month: 9, day: 30 }, days: [6, 7], ranges: [r('09:00', '14:00')] }],
			yearly: [{ month: 9, nth: -1, weekday: 'weekend', ranges: [r('10:00', '17:00')] }],
			dates: [
				{ from: '2026-12-14', to: '2026-12-20', ranges: [] },
				{ from: '2026-12-24', to: '2026-12-24', ranges: [r('10:00', '13:00')] }
			],
			holidaysClosed: true
		};
		const text = toOpeningHours(model);
		expect(text).toBe('Mo 09:00-17:00; May 01-Sep 30 Sa,Su 09:00-14:00; PH off; Sep Sa[-1],Sa[-1] +1 day 10:00-17:00; 2026 Dec 24 10:00-13:00; 2026 Dec 14-2026 Dec 20 off');
		expect(checkOpeningHours(text).ok).toBe(true);
		// and back, closures after openings
		expect(fromOpeningHours(text)).toEqual({ ...model, dates: [model.dates[1], model.dates[0]] });
	});
	it('reads what mappers often write in the same shape', () => {
		expect(fromOpeningHours('May-Sep Sa 08:00-13:00')?.seasons).toEqual([{ from: { month: 5, day: 1 }, to: { month: 9, day: 30 }, days: [6], ranges: [r('08:00', '13:00')] }]);
		expect(fromOpeningHours('24/7')?.week.every((d) => d[0].closes === '24:00')).toBe(true);
		expect(fromOpeningHours('Sa[1] 8:00-12:00')?.yearly).toEqual([{ month: null, nth: 1, weekday: 6, ranges: [r('08:00', '12:00')] }]);
		expect(fromOpeningHours('')).toEqual(emptyModel());
	});
	it('leaves to the text field what it cannot show', () => {
		expect(fromOpeningHours('Mo-Fr 09:00-17:00 "by appointment"')).toBeNull();
		expect(fromOpeningHours('Mo-Fr sunrise-sunset')).toBeNull();
		// a week rule after a season overrides it: rewriting in the editor's order would change its meaning
		expect(fromOpeningHours('May-Sep Sa 10:00-14:00; Sa 09:00-12:00')).toBeNull();
	});
	it('normalises times and day lists', () => {
		expect(normalizeTime('9:00')).toBe('09:00');
		expect(normalizeTime('24:00')).toBeNull();
		expect(normalizeTime('24:00', true)).toBe('24:00');
		expect(normalizeTime('9')).toBeNull();
		expect(daysText([1, 3, 5, 6, 7])).toBe('Mo,We,Fr-Su');
	});
});
