import { describe, expect, it } from 'vitest';
import { countsAsJob, jobFte, totalFte, type ReportedJob } from './fte';

const job = (over: Partial<ReportedJob> = {}): ReportedJob => ({ kind: 'employee', isNew: true, fullTimeShare: 1, months: 12, ...over });

describe('FTE under the CAP rule', () => {
	it('counts a new full-time job held all year as one FTE', () => {
		expect(jobFte(job())).toBe(1);
	});
	it('counts a six-month full-time job as 0.5 FTE', () => {
		expect(jobFte(job({ months: 6 }))).toBe(0.5);
	});
	it('multiplies the share of full time by the share of the year', () => {
		expect(jobFte(job({ fullTimeShare: 0.5, months: 6 }))).toBe(0.25);
		expect(totalFte([job({ fullTimeShare: 0.75, months: 4 })])).toBe(0.25);
	});
	it('counts self-employment', () => {
		expect(countsAsJob(job({ kind: 'self_employed' }))).toBe(true);
		expect(jobFte(job({ kind: 'self_employed', months: 3 }))).toBe(0.25);
	});
	it('does not count volunteers, however long they work', () => {
		expect(countsAsJob(job({ kind: 'volunteer' }))).toBe(false);
		expect(jobFte(job({ kind: 'volunteer' }))).toBe(0);
	});
	it('does not count jobs that existed before (not new)', () => {
		expect(jobFte(job({ isNew: false }))).toBe(0);
		expect(jobFte(job({ kind: 'self_employed', isNew: false }))).toBe(0);
	});
	it('caps a job at a year and a share at full time, and ignores negative or missing numbers', () => {
		expect(jobFte(job({ months: 30 }))).toBe(1);
		expect(jobFte(job({ fullTimeShare: 2 }))).toBe(1);
		expect(jobFte(job({ months: -3 }))).toBe(0);
		expect(jobFte(job({ fullTimeShare: Number.NaN }))).toBe(0);
	});
	it('sums the jobs and rounds to two decimals', () => {
		const jobs = [job(), job({ months: 6 }), job({ kind: 'volunteer' }), job({ isNew: false }), job({ kind: 'self_employed', fullTimeShare: 0.5, months: 12 })];
		expect(totalFte(jobs)).toBe(2);
		expect(totalFte([job({ months: 1 })])).toBe(0.08);
		expect(totalFte([])).toBe(0);
	});
});
