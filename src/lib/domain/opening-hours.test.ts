import { describe, expect, it } from 'vitest';
import { checkOpeningHours, isOpenAt, openDays, openStatus } from './opening-hours';

const lielupe = 'Mo,We 09:00-12:00; Tu,Th 15:00-17:00';
// the last weekend of September (Saturday and the Sunday after it), every year
const FAIR = 'Sep Sa[-1],Sa[-1] +1 day 10:00-17:00';

describe('openStatus in Europe/Riga', () => {
	it('is open on Monday 10:00 Riga time in winter (UTC+2)', () => {
		// 2026-11-23 is a Monday; 08:00 UTC = 10:00 EET
		expect(openStatus([lielupe], new Date('2026-11-23T08:00:00Z'))).toMatchObject({ state: 'open', closesAt: '12:00' });
	});
	it('answers kept for the minute never outlive it, and cannot be changed by a caller', () => {
		// Monday 2026-11-23 11:59:30 Riga, then 12:00:10: the same values, asked again in the next minute
		const before = openStatus([lielupe], new Date('2026-11-23T09:59:30Z'));
		expect(before).toMatchObject({ state: 'open', closesAt: '12:00' });
		expect(openStatus([lielupe], new Date('2026-11-23T09:59:59Z'))).toBe(before);
		expect(openStatus([lielupe], new Date('2026-11-23T10:00:10Z'))).toMatchObject({ state: 'closed', opensAt: '15:00', opensTomorrow: true });
		// other values in the same minute get their own answer
		expect(openStatus(['Mo 11:00-13:00'], new Date('2026-11-23T10:00:20Z'))).toMatchObject({ state: 'open', closesAt: '13:00' });
		expect(Object.isFrozen(before)).toBe(true);
	});
	it('honours summer time (UTC+3)', () => {
		// 2026-07-06 is a Monday; 06:30 UTC = 09:30 EEST (open), but would be 08:30 in winter offset
		expect(openStatus([lielupe], new Date('2026-07-06T06:30:00Z')).state).toBe('open');
		// 05:30 UTC = 08:30 EEST: closed, opens today 9:00
		expect(openStatus([lielupe], new Date('2026-07-06T05:30:00Z'))).toMatchObject({ state: 'closed', opensAt: '9:00', opensToday: true });
	});
	it('names the next opening after the weekly last interval', () => {
		// Friday 2026-11-27 12:00 Riga → next is Monday 9:00
		expect(openStatus([lielupe], new Date('2026-11-27T10:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '9:00', opensDay: 1, opensToday: false, opensTomorrow: false });
	});
	it('handles the night of the DST switch (last Sunday of March)', () => {
		const night = 'Su 01:00-05:00';
		// 2026-03-29 02:30 UTC = 05:30 EEST → closed (clock jumped 03:00→04:00)
		expect(openStatus([night], new Date('2026-03-29T02:30:00Z')).state).toBe('closed');
		expect(openStatus([night], new Date('2026-03-29T00:30:00Z')).state).toBe('open');
	});
	it('supports intervals across midnight', () => {
		// Sunday 2026-11-29 01:00 Riga = Saturday night interval still open
		expect(openStatus(['Sa 20:00-02:00'], new Date('2026-11-28T23:00:00Z'))).toMatchObject({ state: 'open', closesAt: '2:00' });
	});
	it('is unknown without hours', () => {
		expect(openStatus([], new Date())).toEqual({ state: 'unknown' });
		expect(openStatus([''], new Date())).toEqual({ state: 'unknown' });
	});
	it('is open when any of several places is (a producer selling at two markets)', () => {
		// Saturday 2026-11-28 09:00 Riga
		const at = new Date('2026-11-28T07:00:00Z');
		expect(isOpenAt(['We 10:00-17:00', 'Sa 08:00-13:00'], at)).toBe(true);
		expect(openStatus(['We 10:00-17:00', 'Sa 08:00-13:00'], at)).toMatchObject({ state: 'open', closesAt: '13:00' });
	});
});

describe('seasons, yearly dates and exceptions', () => {
	it('a yearly fair is closed on a December Saturday and opens on the last weekend of September', () => {
		const december = new Date('2026-12-12T10:00:00Z'); // Saturday 12:00 Riga
		expect(isOpenAt([FAIR], december)).toBe(false);
		expect(openStatus([FAIR], december)).toMatchObject({ state: 'closed', opensAt: '10:00', opensDate: '2027-09-25', opensToday: false });
		expect(isOpenAt([FAIR], new Date('2027-09-25T09:00:00Z'))).toBe(true); // Saturday 12:00 EEST
		expect(isOpenAt([FAIR], new Date('2027-09-26T09:00:00Z'))).toBe(true); // and the Sunday
		expect(isOpenAt([FAIR], new Date('2027-09-18T09:00:00Z'))).toBe(false); // not the Saturday before
	});
	it('a summer market is closed in winter', () => {
		expect(isOpenAt(['May-Sep Sa 09:00-14:00'], new Date('2026-12-12T09:00:00Z'))).toBe(false);
		expect(isOpenAt(['May-Sep Sa 09:00-14:00'], new Date('2026-06-13T08:00:00Z'))).toBe(true);
	});
	it('public holidays and a closed week are exceptions', () => {
		const shop = 'Mo-Fr 09:00-17:00; PH off; 2026 Dec 14-2026 Dec 20 off';
		expect(isOpenAt([shop], new Date('2026-11-18T10:00:00Z'))).toBe(false); // 18 November, Independence Day
		expect(isOpenAt([shop], new Date('2026-12-15T10:00:00Z'))).toBe(false); // closed this week
		expect(isOpenAt([shop], new Date('2026-12-22T10:00:00Z'))).toBe(true);
	});
	it('lists the coming days with their hours', () => {
		const days = openDays(['Mo-Fr 09:00-17:00; 2026 Dec 15 off'], new Date('2026-12-14T06:00:00Z'), 3);
		expect(days).toEqual([
			{ date: '2026-12-14', isoDay: 1, ranges: [{ opens: '09:00', closes: '17:00' }] },
			{ date: '2026-12-15', isoDay: 2, ranges: [] },
			{ date: '2026-12-16', isoDay: 3, ranges: [{ opens: '09:00', closes: '17:00' }] }
		]);
	});
});

describe('checkOpeningHours', () => {
	it('accepts the OpenStreetMap syntax and refuses nonsense with where it went wrong', () => {
		expect(checkOpeningHours(' Mo-Fr 09:00-17:00 ')).toEqual({ ok: true, value: 'Mo-Fr 09:00-17:00' });
		expect(checkOpeningHours(FAIR).ok).toBe(true);
		const bad = checkOpeningHours('Mo-Fr 9 līdz 17');
		expect(bad.ok).toBe(false);
		expect(bad.ok === false && bad.near).toContain('Mo-Fr');
	});
});
