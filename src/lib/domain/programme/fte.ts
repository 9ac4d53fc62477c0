/**
 * Jobs created, in full-time equivalents, under the CAP rule the funders report by: only new jobs
 * count, self-employment counts, volunteering does not, and a job counts for the share of a year it
 * lasted — a six-month full-time job is 0.5 FTE (months / 12 × share of full time). Used both to
 * show the participant the figure before they save and to store it with their answer.
 */

/** The same shape as outcome_checkins.jobs (db/schema/mentoring.ts), kept here so the domain needs no server code. */
export type ReportedJob = { kind: 'employee' | 'self_employed' | 'volunteer'; isNew: boolean; fullTimeShare: number; months: number };
export const JOB_KINDS = ['employee', 'self_employed', 'volunteer'] as const;

const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : 0);

/** Whether a reported job counts at all (new, and paid work or self-employment). */
export const countsAsJob = (job: ReportedJob): boolean => job.isNew && job.kind !== 'volunteer';

/** One job's FTE: a year at most (a check-in reports at most a year back), share of full time 0–1. */
export function jobFte(job: ReportedJob): number {
	if (!countsAsJob(job)) return 0;
	return (clamp(job.months, 0, 12) / 12) * clamp(job.fullTimeShare, 0, 1);
}

/** The total, rounded to two decimals as the outcome_checkins.fte column keeps it. */
export function totalFte(jobs: readonly ReportedJob[]): number {
	const sum = jobs.reduce((a, j) => a + jobFte(j), 0);
	return Math.round(sum * 100) / 100;
}
