import { describe, expect, it } from 'vitest';
import { readDayForm } from './day-form';
import { checkSlotPlan, generateSlots } from './slots';
import { bookingOpen, checkAnswer, checkRequest, freeSlotsFor, freeTable, type RequestFacts } from './rules';

const T = new Date('2027-03-10T08:00:00Z');
const min = (n: number) => n * 60_000;

describe('slot generation', () => {
	it('makes count slots of the length, with the break after the given slot', () => {
		const slots = generateSlots({ firstStart: T, minutes: 20, count: 4, breakAfter: 2, breakMinutes: 30 });
		expect(slots.map((s) => [s.startsAt.getTime() - T.getTime(), s.endsAt.getTime() - T.getTime()])).toEqual([
			[0, min(20)],
			[min(20), min(40)],
			[min(70), min(90)],
			[min(90), min(110)]
		]);
	});
	it('puts a changeover gap between slots', () => {
		const slots = generateSlots({ firstStart: T, minutes: 25, count: 2, gapMinutes: 5 });
		expect(slots[1].startsAt.getTime() - T.getTime()).toBe(min(30));
	});
	it('keeps the length across the spring DST change (instants, not wall clocks)', () => {
		const slots = generateSlots({ firstStart: new Date('2027-03-28T00:30:00Z'), minutes: 30, count: 2 });
		expect(slots[1].endsAt.getTime() - slots[1].startsAt.getTime()).toBe(min(30));
	});
	it('refuses bad plans', () => {
		expect(checkSlotPlan({ firstStart: T, minutes: 20, count: 4 })).toBeNull();
		expect(checkSlotPlan({ firstStart: T, minutes: 2, count: 4 })).toBe('minutes');
		expect(checkSlotPlan({ firstStart: T, minutes: 20, count: 0 })).toBe('count');
		expect(checkSlotPlan({ firstStart: T, minutes: 20, count: 99 })).toBe('count');
		expect(checkSlotPlan({ firstStart: T, minutes: 20, count: 4, breakAfter: 4, breakMinutes: 10 })).toBe('break');
		expect(checkSlotPlan({ firstStart: T, minutes: 20, count: 4, breakAfter: 2, breakMinutes: null })).toBe('break');
	});
});

describe('booking rules', () => {
	const window = { opensAt: new Date(T.getTime() - min(600)), closesAt: new Date(T.getTime() + min(600)) };
	const base: RequestFacts = { now: T, window, requesterId: 'a', inviteeId: 'b', participants: new Set(['a', 'b']), slotExists: true, requesterBooked: new Set(), inviteeBooked: new Set(), slotId: 's1', openBetween: 0 };
	it('lets a participant ask another for a free slot in the window', () => {
		expect(checkRequest(base)).toBeNull();
	});
	it('refuses outside the window, oneself, outsiders, unknown slots, booked sides and duplicates', () => {
		expect(checkRequest({ ...base, now: window.closesAt })).toBe('closed');
		expect(bookingOpen(window, window.opensAt)).toBe(true);
		expect(checkRequest({ ...base, inviteeId: 'a' })).toBe('self');
		expect(checkRequest({ ...base, inviteeId: 'c' })).toBe('not_participant');
		expect(checkRequest({ ...base, slotExists: false })).toBe('no_slot');
		expect(checkRequest({ ...base, requesterBooked: new Set(['s1']) })).toBe('you_busy');
		expect(checkRequest({ ...base, inviteeBooked: new Set(['s1']) })).toBe('they_busy');
		expect(checkRequest({ ...base, openBetween: 1 })).toBe('duplicate');
	});
	it('lets only the invitee answer, either side cancel', () => {
		const m = { status: 'requested' as const, requesterId: 'a', inviteeId: 'b' };
		expect(checkAnswer(m, 'b', 'accept', true)).toBeNull();
		expect(checkAnswer(m, 'b', 'accept', false)).toBe('closed');
		expect(checkAnswer(m, 'a', 'accept', true)).toBe('not_yours');
		expect(checkAnswer(m, 'c', 'cancel', true)).toBe('not_yours');
		expect(checkAnswer(m, 'a', 'cancel', true)).toBeNull();
		expect(checkAnswer({ ...m, status: 'accepted' }, 'b', 'decline', true)).toBe('not_open');
		expect(checkAnswer({ ...m, status: 'accepted' }, 'b', 'cancel', false)).toBeNull();
		expect(checkAnswer({ ...m, status: 'declined' }, 'a', 'cancel', true)).toBe('not_open');
	});
	it('gives the lowest free table and the slots free for both', () => {
		expect(freeTable([1, 3], 4)).toBe(2);
		expect(freeTable([1, 2], 2)).toBeNull();
		const slots = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
		expect(freeSlotsFor(slots, new Set(['s1']), new Set(['s3'])).map((s) => s.id)).toEqual(['s2']);
	});
});

describe('the staff form', () => {
	const v = { opensAt: '2027-03-01T09:00', closesAt: '2027-03-09T18:00', mode: 'tables', tableCount: '12', firstStart: '2027-03-10T10:00', minutes: '20', count: '6', breakAfter: '3', breakMinutes: '15' };
	it('reads wall clocks in the event zone', () => {
		const r = readDayForm(v, 'Europe/Chisinau', true);
		expect(r.ok && r.value.plan?.firstStart.toISOString()).toBe('2027-03-10T08:00:00.000Z');
		expect(r.ok && r.value.tableCount).toBe(12);
		expect(r.ok && r.value.plan?.breakAfter).toBe(3);
	});
	it('names the wrong field', () => {
		expect(readDayForm({ ...v, opensAt: '' }, 'Europe/Riga', true)).toEqual({ ok: false, field: 'opensAt' });
		expect(readDayForm({ ...v, mode: 'online', onlineUrl: 'javascript:alert(1)' }, 'Europe/Riga', true)).toEqual({ ok: false, field: 'onlineUrl' });
		expect(readDayForm({ ...v, tableCount: 'x' }, 'Europe/Riga', true)).toEqual({ ok: false, field: 'tableCount' });
		const noSlots = readDayForm({ ...v, firstStart: '' }, 'Europe/Riga', false);
		expect(noSlots.ok && noSlots.value.plan).toBeNull();
	});
});
