import { describe, expect, it } from 'vitest';
import { decideRegistration, pickOffers, placesLeft, placesTaken, registrationWindow, reminderTimes, retentionDue } from './domain';

const at = (s: string) => new Date(s);

describe('places', () => {
	it('a registrant takes 1 + guests; registered and offered hold places, others not', () => {
		expect(placesTaken([
			{ registration: 'registered', guests: 2 },
			{ registration: 'offered', guests: 0 },
			{ registration: 'waitlisted', guests: 5 },
			{ registration: 'cancelled', guests: 1 }
		])).toBe(4);
	});

	it('a group gets places only when all of it fits; otherwise the waiting list', () => {
		expect(decideRegistration(10, 7, 2)).toBe('registered');
		expect(decideRegistration(10, 8, 2)).toBe('waitlisted');
		expect(decideRegistration(null, 1000, 20)).toBe('registered');
		expect(placesLeft(5, 9)).toBe(0);
	});
});

describe('offers from the waiting list', () => {
	const w = (id: string, guests: number, minute: number) => ({ participationId: id, guests, waitlistedAt: at(`2026-01-01T10:${String(minute).padStart(2, '0')}:00Z`) });

	it('first come first offered; a party too big keeps its turn and smaller ones behind it may fit', () => {
		expect(pickOffers([w('c', 0, 3), w('a', 2, 1), w('b', 0, 2)], 2)).toEqual(['b', 'c']);
		expect(pickOffers([w('a', 2, 1), w('b', 0, 2)], 3)).toEqual(['a']);
		expect(pickOffers([w('a', 0, 1)], 0)).toEqual([]);
	});
});

describe('the registration window', () => {
	const e = { registrationOpensAt: at('2026-05-01T00:00:00Z'), registrationClosesAt: null, startsAt: at('2026-06-01T10:00:00Z'), status: 'published' };
	it('opens, stays open until the start (or the closing date), and is closed for drafts', () => {
		expect(registrationWindow(e, at('2026-04-30T23:00:00Z'))).toBe('not_yet');
		expect(registrationWindow(e, at('2026-05-20T00:00:00Z'))).toBe('open');
		expect(registrationWindow(e, at('2026-06-01T10:00:00Z'))).toBe('closed');
		expect(registrationWindow({ ...e, registrationClosesAt: at('2026-05-25T00:00:00Z') }, at('2026-05-26T00:00:00Z'))).toBe('closed');
		expect(registrationWindow({ ...e, status: 'draft' }, at('2026-05-20T00:00:00Z'))).toBe('closed');
	});
});

describe('reminders and retention', () => {
	it('reminders are the configured hours before the start, only those still ahead', () => {
		const start = at('2026-06-01T10:00:00Z');
		expect(reminderTimes(start, [24, 1, 24], at('2026-05-30T00:00:00Z')).map((r) => r.hours)).toEqual([24, 1]);
		expect(reminderTimes(start, [24, 1], at('2026-06-01T00:00:00Z')).map((r) => r.at.toISOString())).toEqual(['2026-06-01T09:00:00.000Z']);
	});

	it('details go N days after the event ended', () => {
		expect(retentionDue(at('2025-01-01T00:00:00Z'), 365, at('2026-01-01T00:00:00Z'))).toBe(true);
		expect(retentionDue(at('2025-01-02T00:00:00Z'), 365, at('2026-01-01T00:00:00Z'))).toBe(false);
	});
});
