import { describe, expect, it } from 'vitest';
import { dayRuns, groupHours, openStatus } from './opening-hours';

const lielupe = [
	{ day: 1, opens: '09:00', closes: '12:00' },
	{ day: 3, opens: '09:00', closes: '12:00' },
	{ day: 2, opens: '15:00', closes: '17:00' },
	{ day: 4, opens: '15:00', closes: '17:00' }
];

describe('openStatus in Europe/Riga', () => {
	it('is open on Monday 10:00 Riga time in winter (UTC+2)', () => {
		// 2026-11-23 is a Monday; 08:00 UTC = 10:00 EET
		expect(openStatus(lielupe, new Date('2026-11-23T08:00:00Z'))).toEqual({ state: 'open', closesAt: '12:00' });
	});
	it('honours summer time (UTC+3)', () => {
		// 2026-07-06 is a Monday; 06:30 UTC = 09:30 EEST (open), but would be 08:30 in winter offset
		expect(openStatus(lielupe, new Date('2026-07-06T06:30:00Z')).state).toBe('open');
		// 05:30 UTC = 08:30 EEST: closed, opens today 9:00
		expect(openStatus(lielupe, new Date('2026-07-06T05:30:00Z'))).toMatchObject({ state: 'closed', opensAt: '9:00', opensToday: true });
	});
	it('names the next opening after the weekly last interval', () => {
		// Friday 2026-11-27 12:00 Riga → next is Monday 9:00
		expect(openStatus(lielupe, new Date('2026-11-27T10:00:00Z'))).toMatchObject({ state: 'closed', opensAt: '9:00', opensDay: 1, opensToday: false, opensTomorrow: false });
	});
	it('handles the night of the DST switch (last Sunday of March)', () => {
		const night = [{ day: 7, opens: '01:00', closes: '05:00' }];
		// 2026-03-29 02:30 UTC = 05:30 EEST → closed (clock jumped 03:00→04:00)
		expect(openStatus(night, new Date('2026-03-29T02:30:00Z')).state).toBe('closed');
		expect(openStatus(night, new Date('2026-03-29T00:30:00Z')).state).toBe('open');
	});
	it('supports intervals across midnight', () => {
		const late = [{ day: 6, opens: '20:00', closes: '02:00' }];
		// Sunday 2026-11-29 01:00 Riga = Saturday night interval still open
		expect(openStatus(late, new Date('2026-11-28T23:00:00Z'))).toEqual({ state: 'open', closesAt: '2:00' });
	});
	it('is unknown without hours', () => {
		expect(openStatus([], new Date())).toEqual({ state: 'unknown' });
	});
});

describe('groupHours', () => {
	it('groups days with the same hours', () => {
		expect(groupHours(lielupe)).toEqual([
			{ days: [1, 3], ranges: [{ opens: '9:00', closes: '12:00' }] },
			{ days: [2, 4], ranges: [{ opens: '15:00', closes: '17:00' }] }
		]);
	});
	it('collapses 3+ consecutive days into a span', () => {
		expect(dayRuns([1, 2, 3, 4, 5, 7])).toEqual([{ from: 1, to: 5 }, { from: 7, to: 7 }]);
		expect(dayRuns([1, 2])).toEqual([{ from: 1, to: 1 }, { from: 2, to: 2 }]);
	});
});
