import { describe, expect, it } from 'vitest';
import { monthGrid, monthRange, shiftMonth, wallClock, zonedInstant } from './event-time';

describe('event times in the venue’s zone', () => {
	it('reads a Riga wall clock as the right instant in winter and in summer', () => {
		expect(zonedInstant('2026-12-10', '10:00', 'Europe/Riga')?.toISOString()).toBe('2026-12-10T08:00:00.000Z');
		expect(zonedInstant('2026-07-10', '10:00', 'Europe/Riga')?.toISOString()).toBe('2026-07-10T07:00:00.000Z');
	});

	it('keeps the wall clock across the DST changes (last Sundays of March and October)', () => {
		expect(zonedInstant('2026-03-29', '02:30', 'Europe/Riga')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(zonedInstant('2026-03-29', '05:00', 'Europe/Riga')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
		expect(wallClock(zonedInstant('2026-10-25', '12:00', 'Europe/Riga')!, 'Europe/Riga')).toEqual({ date: '2026-10-25', time: '12:00' });
	});

	it('a Chișinău time is the same instant shown in Riga time', () => {
		const at = zonedInstant('2027-01-20', '10:00', 'Europe/Chisinau')!;
		expect(wallClock(at, 'Europe/Chisinau').time).toBe('10:00');
		expect(wallClock(at, 'Europe/Riga').time).toBe('10:00'); // both UTC+2 in winter
	});

	it('refuses impossible dates and times', () => {
		expect(zonedInstant('2026-02-30', '10:00', 'Europe/Riga')).toBeNull();
		expect(zonedInstant('2026-02-10', '24:00', 'Europe/Riga')).toBeNull();
		expect(zonedInstant('10.02.2026', '10:00', 'Europe/Riga')).toBeNull();
	});
});

describe('the calendar month', () => {
	it('is a grid of Monday-first weeks with padding', () => {
		const weeks = monthGrid('2026-12');
		expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
		expect(weeks.flat().filter(Boolean)).toHaveLength(31);
		expect(weeks.every((w) => w.length === 7)).toBe(true);
	});

	it('moves across years and spans Riga midnights', () => {
		expect(shiftMonth('2026-12', 1)).toBe('2027-01');
		expect(shiftMonth('2026-01', -1)).toBe('2025-12');
		expect(monthRange('2026-12')).toEqual({ from: new Date('2026-11-30T22:00:00Z'), to: new Date('2026-12-31T22:00:00Z') });
	});
});
