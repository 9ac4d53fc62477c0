import { describe, expect, it } from 'vitest';
import {
	combineParticipation,
	isNoShow,
	planParticipationMerge,
	repeatParticipants,
	resolverOf,
	summarizeParticipation,
	uniqueParticipants,
	type ParticipationFact
} from './domain';

const NOW = new Date('2026-06-01T12:00:00Z');
const PAST = new Date('2026-05-01T12:00:00Z');
const FUTURE = new Date('2026-07-01T12:00:00Z');

const fact = (personId: string, activityId: string, over: Partial<ParticipationFact> = {}): ParticipationFact => ({
	personId,
	activityKind: 'event',
	activityId,
	registration: 'registered',
	attendance: 'attended',
	activityEndsAt: PAST,
	...over
});

describe('unique and repeat participants', () => {
	it('counts each person once however many events they attended', () => {
		const facts = [fact('anna', 'e1'), fact('anna', 'e2'), fact('anna', 'e3'), fact('juris', 'e1'), fact('ilze', 'e2')];
		expect(uniqueParticipants(facts)).toBe(3);
		expect(repeatParticipants(facts)).toBe(1);
	});

	it('registration is not attendance: registered, cancelled and absent people are not participants', () => {
		const facts = [
			fact('anna', 'e1'),
			fact('juris', 'e1', { attendance: 'unknown' }),
			fact('ilze', 'e1', { registration: 'cancelled', attendance: 'unknown' }),
			fact('pēteris', 'e1', { attendance: 'absent' }),
			fact('marta', 'e1', { registration: 'waitlisted', attendance: 'unknown' })
		];
		expect(uniqueParticipants(facts)).toBe(1);
	});

	it('a person who registered twice for one event and attended once is not a repeater', () => {
		// the same activity twice (e.g. two sources) is one activity
		expect(repeatParticipants([fact('anna', 'e1'), fact('anna', 'e1')])).toBe(0);
		// an event and a cohort with the same id are two activities
		expect(repeatParticipants([fact('anna', 'x'), fact('anna', 'x', { activityKind: 'cohort' })])).toBe(1);
	});

	it('merged people count once: the merged row resolves to its survivor', () => {
		const facts = [fact('anna@gmail', 'e1'), fact('anna@work', 'e2'), fact('juris', 'e1')];
		expect(uniqueParticipants(facts)).toBe(3);
		const resolve = resolverOf(new Map([['anna@work', 'anna@gmail']]));
		expect(uniqueParticipants(facts, resolve)).toBe(2);
		expect(repeatParticipants(facts, resolve)).toBe(1);
	});

	it('a chain of merges resolves to the end, and a cycle in bad data does not hang', () => {
		const resolve = resolverOf(new Map([['a', 'b'], ['b', 'c']]));
		expect(resolve('a')).toBe('c');
		const cyclic = resolverOf(new Map([['x', 'y'], ['y', 'x']]));
		expect(['x', 'y']).toContain(cyclic('x'));
	});

	it('an anonymised person (no e-mail left) is still one person: counting is by id', () => {
		// after anonymisation the facts keep the person id; nothing else is needed to count
		const facts = [fact('p-anon', 'e1'), fact('p-anon', 'e2'), fact('p-other', 'e2')];
		expect(uniqueParticipants(facts)).toBe(2);
		expect(repeatParticipants(facts)).toBe(1);
	});
});

describe('no-shows', () => {
	it('a registered person who was marked absent, or never checked in after the end, is a no-show', () => {
		expect(isNoShow(fact('a', 'e', { attendance: 'absent' }), NOW)).toBe(true);
		expect(isNoShow(fact('a', 'e', { attendance: 'unknown' }), NOW)).toBe(true);
	});

	it('is not a no-show before the event ended, after cancelling, or as a walk-in', () => {
		expect(isNoShow(fact('a', 'e', { attendance: 'unknown', activityEndsAt: FUTURE }), NOW)).toBe(false);
		expect(isNoShow(fact('a', 'e', { registration: 'cancelled', attendance: 'unknown' }), NOW)).toBe(false);
		expect(isNoShow(fact('a', 'e', { registration: 'none' }), NOW)).toBe(false);
		expect(isNoShow(fact('a', 'e', { registration: 'waitlisted', attendance: 'unknown' }), NOW)).toBe(false);
	});
});

describe('the summary a report shows', () => {
	it('reproduces "almost 300 participants, 15 % at several events"', () => {
		const facts: ParticipationFact[] = [];
		// 297 people attend one workshop each; 45 of them come to a second event too
		for (let i = 0; i < 297; i++) facts.push(fact(`p${i}`, `w${i % 10}`));
		for (let i = 0; i < 45; i++) facts.push(fact(`p${i}`, 'lab'));
		// 30 registered and never came, 12 cancelled
		for (let i = 0; i < 30; i++) facts.push(fact(`n${i}`, 'w1', { attendance: 'unknown' }));
		for (let i = 0; i < 12; i++) facts.push(fact(`c${i}`, 'w2', { registration: 'cancelled', attendance: 'unknown' }));
		const s = summarizeParticipation(facts, NOW);
		expect(s.uniqueParticipants).toBe(297);
		expect(s.repeatParticipants).toBe(45);
		expect(Math.round(s.repeatShare * 100)).toBe(15);
		expect(s.attendances).toBe(342);
		expect(s.noShows).toBe(30);
		expect(s.cancelled).toBe(12);
		expect(s.registrations).toBe(372);
	});

	it('a cancelled person who walked in anyway counts as attended and as a walk-in', () => {
		const s = summarizeParticipation([fact('a', 'e1', { registration: 'cancelled', attendance: 'attended' }), fact('b', 'e1', { registration: 'none' })], NOW);
		expect(s.uniqueParticipants).toBe(2);
		expect(s.walkIns).toBe(2);
		expect(s.cancelled).toBe(1);
		expect(s.noShows).toBe(0);
	});

	it('two records of a merged person at one event are one attendance', () => {
		const resolve = resolverOf(new Map([['old', 'new']]));
		const s = summarizeParticipation([fact('old', 'e1', { attendance: 'unknown' }), fact('new', 'e1')], NOW, resolve);
		expect(s.attendances).toBe(1);
		expect(s.registrations).toBe(1);
		expect(s.noShows).toBe(0);
		expect(s.uniqueParticipants).toBe(1);
	});

	it('nobody came: a share of 0, not NaN', () => {
		expect(summarizeParticipation([], NOW).repeatShare).toBe(0);
	});
});

describe('merging participations', () => {
	it('moves rows of other activities and folds a shared activity into the survivor\'s row', () => {
		const plan = planParticipationMerge(
			[{ id: 's1', activityKind: 'event', activityId: 'e1', registration: 'registered', attendance: 'unknown' }],
			[
				{ id: 'm1', activityKind: 'event', activityId: 'e1', registration: 'cancelled', attendance: 'attended' },
				{ id: 'm2', activityKind: 'event', activityId: 'e2', registration: 'registered', attendance: 'attended' }
			]
		);
		expect(plan).toEqual({ move: ['m2'], drop: ['m1'], update: [{ id: 's1', registration: 'registered', attendance: 'attended' }] });
	});

	it('the stronger evidence wins whichever side it is on', () => {
		expect(combineParticipation({ registration: 'waitlisted', attendance: 'absent' }, { registration: 'registered', attendance: 'unknown' })).toEqual({
			registration: 'registered',
			attendance: 'absent'
		});
	});
});
