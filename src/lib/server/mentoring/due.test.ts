import { describe, expect, it } from 'vitest';
import { addMonths, checkinDate, dueCheckin, dueNudges, midpointOf, type PairForNudges } from './due';

const pair = (over: Partial<PairForNudges> = {}): PairForNudges => ({
	startedOn: '2026-03-01',
	cohortStartsOn: '2026-03-01',
	cohortEndsOn: '2026-07-31',
	nudgeWeeks: 3,
	lastSessionOn: null,
	milestones: [],
	...over
});
const kinds = (p: PairForNudges, today: string) => dueNudges(p, today).map((n) => n.kind);

describe('nudges due', () => {
	it('says nothing to a pair that met recently', () => {
		expect(dueNudges(pair({ lastSessionOn: '2026-03-10' }), '2026-03-20')).toEqual([]);
	});
	it('nudges after nudge_weeks without a session, counted from the last session or the start', () => {
		expect(kinds(pair(), '2026-03-21')).toEqual([]);
		expect(dueNudges(pair(), '2026-03-22')).toEqual([{ kind: 'no_session', key: '2026-03-01:1' }]);
		expect(dueNudges(pair({ lastSessionOn: '2026-04-01', nudgeWeeks: 2 }), '2026-04-15')).toEqual([{ kind: 'no_session', key: '2026-04-01:1' }]);
	});
	it('gives the same key all through one quiet spell, and a new one after another period or a new session', () => {
		const a = dueNudges(pair(), '2026-03-23')[0].key;
		expect(dueNudges(pair(), '2026-04-05')[0].key).toBe(a);
		expect(dueNudges(pair(), '2026-04-12')[0].key).not.toBe(a);
		expect(dueNudges(pair({ lastSessionOn: '2026-03-02' }), '2026-03-23')[0].key).not.toBe(a);
	});
	it('announces an open milestone due within three days, once per due date', () => {
		const ms = { id: 'g1', title: 'Register the company', dueOn: '2026-04-10', done: false };
		const p = pair({ lastSessionOn: '2026-04-06', milestones: [ms, { ...ms, id: 'g2', done: true }, { ...ms, id: 'g3', dueOn: null }] });
		expect(kinds(p, '2026-04-06')).toEqual([]);
		expect(dueNudges(p, '2026-04-07')).toEqual([{ kind: 'milestone', key: 'g1:2026-04-10', goalTitle: 'Register the company', dueOn: '2026-04-10' }]);
		expect(kinds(p, '2026-04-10')).toEqual(['milestone']);
		expect(kinds(p, '2026-04-11')).toEqual([]);
	});
	it('nudges at the midpoint and at the end of the cohort', () => {
		expect(midpointOf('2026-03-01', '2026-07-31')).toBe('2026-05-16');
		const met = (today: string) => pair({ lastSessionOn: today });
		expect(kinds(met('2026-05-15'), '2026-05-15')).toEqual([]);
		expect(kinds(met('2026-05-16'), '2026-05-16')).toEqual(['midpoint']);
		expect(kinds(met('2026-07-31'), '2026-07-31')).toEqual(['end']);
		expect(kinds(met('2026-08-10'), '2026-08-10')).toEqual(['end']);
		expect(kinds(met('2026-09-30'), '2026-09-30')).toEqual([]);
	});
	it('does not ask for sessions before the cohort starts or after it ended', () => {
		expect(kinds(pair({ startedOn: null, cohortStartsOn: '2026-06-01', cohortEndsOn: '2026-10-31' }), '2026-05-01')).toEqual([]);
		expect(kinds(pair(), '2026-08-05')).toEqual(['end']);
	});
});

describe('outcome check-ins due', () => {
	it('adds months, keeping the last day of a shorter month', () => {
		expect(addMonths('2026-07-31', 6)).toBe('2027-01-31');
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
		expect(addMonths('2026-11-15', 12)).toBe('2027-11-15');
	});
	it('falls due at the cohort end, and six and twelve months after it', () => {
		expect(checkinDate('2026-07-31', 'end')).toBe('2026-07-31');
		expect(checkinDate('2026-07-31', 'month6')).toBe('2027-01-31');
		expect(checkinDate('2026-07-31', 'month12')).toBe('2027-07-31');
	});
	it('creates nothing before the end, then each point once', () => {
		expect(dueCheckin('2026-07-31', [], '2026-07-30')).toBeNull();
		expect(dueCheckin('2026-07-31', [], '2026-07-31')).toEqual({ due: 'end', dueOn: '2026-07-31' });
		expect(dueCheckin('2026-07-31', ['end'], '2026-10-01')).toBeNull();
		expect(dueCheckin('2026-07-31', ['end'], '2027-01-31')).toEqual({ due: 'month6', dueOn: '2027-01-31' });
		expect(dueCheckin('2026-07-31', ['end', 'month6'], '2027-08-01')).toEqual({ due: 'month12', dueOn: '2027-07-31' });
		expect(dueCheckin('2026-07-31', ['end', 'month6', 'month12'], '2028-01-01')).toBeNull();
	});
	it('sends only the latest point when earlier ones were missed', () => {
		expect(dueCheckin('2026-01-31', [], '2026-09-01')).toEqual({ due: 'month6', dueOn: '2026-07-31' });
	});
});
