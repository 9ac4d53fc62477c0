import { describe, expect, it } from 'vitest';
import { applicationsOpen, cohortPhase, placesLeft, rigaEndOfDay, rigaMidnight } from './phase';

const cohort = {
	startsOn: '2027-03-01',
	endsOn: '2027-07-31',
	applicationsOpenAt: new Date('2027-01-10T08:00:00Z'),
	applicationsCloseAt: new Date('2027-02-15T21:59:59Z')
};

describe('cohortPhase', () => {
	it('walks through upcoming, applying, closed, running and finished', () => {
		expect(cohortPhase(cohort, new Date('2027-01-01T00:00:00Z'))).toBe('upcoming');
		expect(cohortPhase(cohort, new Date('2027-01-10T08:00:00Z'))).toBe('applying');
		expect(cohortPhase(cohort, new Date('2027-02-20T10:00:00Z'))).toBe('closed');
		expect(cohortPhase(cohort, new Date('2027-05-01T10:00:00Z'))).toBe('running');
		expect(cohortPhase(cohort, new Date('2027-08-01T10:00:00Z'))).toBe('finished');
	});

	it('counts days on Riga’s clock: 23:30 UTC on the last day before the start is already the start in Riga', () => {
		// 2027-02-28 23:30 UTC is 2027-03-01 01:30 in Riga (winter, UTC+2)
		expect(cohortPhase(cohort, new Date('2027-02-28T23:30:00Z'))).toBe('running');
		// the last day runs until midnight Riga time (summer, UTC+3): 20:59 UTC on 31 July is still running
		expect(cohortPhase(cohort, new Date('2027-07-31T20:59:00Z'))).toBe('running');
		expect(cohortPhase(cohort, new Date('2027-07-31T21:00:00Z'))).toBe('finished');
	});

	it('keeps saying applying while a late window is open after the start', () => {
		const late = { ...cohort, applicationsCloseAt: new Date('2027-03-15T00:00:00Z') };
		expect(cohortPhase(late, new Date('2027-03-05T10:00:00Z'))).toBe('applying');
	});

	it('a cohort without an application window is never open', () => {
		const none = { ...cohort, applicationsOpenAt: null, applicationsCloseAt: null };
		expect(applicationsOpen(none, new Date('2027-01-20T00:00:00Z'))).toBe(false);
		expect(cohortPhase(none, new Date('2027-01-20T00:00:00Z'))).toBe('closed');
	});

	it('an open-ended window stays open until the cohort ends', () => {
		expect(applicationsOpen({ applicationsOpenAt: new Date('2027-01-01T00:00:00Z'), applicationsCloseAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(true);
	});
});

describe('Riga days', () => {
	it('midnight and end of day follow winter and summer time', () => {
		expect(rigaMidnight('2027-01-15').toISOString()).toBe('2027-01-14T22:00:00.000Z');
		expect(rigaMidnight('2027-07-15').toISOString()).toBe('2027-07-14T21:00:00.000Z');
		expect(rigaEndOfDay('2027-07-15').toISOString()).toBe('2027-07-15T20:59:59.999Z');
	});

	it('places left never go below zero and no capacity means no limit', () => {
		expect(placesLeft(5, 3)).toBe(2);
		expect(placesLeft(2, 3)).toBe(0);
		expect(placesLeft(null, 100)).toBeNull();
	});
});
