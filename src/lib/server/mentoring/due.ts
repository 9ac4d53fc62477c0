/**
 * Which nudges and outcome check-ins are due on a day — pure functions of dates, so the jobs stay
 * thin and the rules are unit-tested. Days are Riga calendar days, 'YYYY-MM-DD'. Each nudge has a
 * key that is stored in mentoring_nudges, so a run repeated the same day (or the next) sends nothing
 * new; the key changes only when there is something new to say (a new quiet spell, a moved due date).
 */
import { addDays, daysBetween } from '../insight/weeks';

export type NudgeKind = 'no_session' | 'milestone' | 'midpoint' | 'end';
export type DueNudge = { kind: NudgeKind; key: string; goalTitle?: string; dueOn?: string };

export type PairForNudges = {
	startedOn: string | null;
	cohortStartsOn: string;
	cohortEndsOn: string;
	nudgeWeeks: number;
	lastSessionOn: string | null;
	milestones: { id: string; title: string; dueOn: string | null; done: boolean }[];
};

/** A milestone is announced this many days before it is due. */
export const MILESTONE_NOTICE_DAYS = 3;
/** The end nudge is not sent for a cohort that ended longer ago than this (e.g. when a pair was activated late). */
const END_GRACE_DAYS = 14;

export function midpointOf(startsOn: string, endsOn: string): string {
	return addDays(startsOn, Math.floor(daysBetween(startsOn, endsOn) / 2));
}

export function dueNudges(pair: PairForNudges, today: string): DueNudge[] {
	const due: DueNudge[] = [];
	const { cohortStartsOn: starts, cohortEndsOn: ends } = pair;
	// quiet since the last session, or since the pair began; a new nudge each further nudgeWeeks quiet
	const since = [pair.lastSessionOn, pair.startedOn, starts].find((d): d is string => !!d)!;
	const period = Math.max(1, pair.nudgeWeeks) * 7;
	const quiet = daysBetween(since, today);
	if (today >= starts && today <= ends && quiet >= period) due.push({ kind: 'no_session', key: `${since}:${Math.floor(quiet / period)}` });
	for (const ms of pair.milestones) {
		if (ms.done || !ms.dueOn) continue;
		const left = daysBetween(today, ms.dueOn);
		if (left >= 0 && left <= MILESTONE_NOTICE_DAYS) due.push({ kind: 'milestone', key: `${ms.id}:${ms.dueOn}`, goalTitle: ms.title, dueOn: ms.dueOn });
	}
	if (today >= midpointOf(starts, ends) && today < ends) due.push({ kind: 'midpoint', key: ends });
	if (today >= ends && daysBetween(ends, today) <= END_GRACE_DAYS) due.push({ kind: 'end', key: ends });
	return due;
}

export type CheckinPoint = 'end' | 'month6' | 'month12';
export const CHECKIN_POINTS: readonly CheckinPoint[] = ['end', 'month6', 'month12'];

/** `day` plus whole months; the 31st becomes the month's last day (31 August + 6 months = 28/29 February). */
export function addMonths(day: string, months: number): string {
	const [y, mo, d] = day.split('-').map(Number);
	const first = new Date(Date.UTC(y, mo - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(d, last));
	return first.toISOString().slice(0, 10);
}

export function checkinDate(cohortEndsOn: string, point: CheckinPoint): string {
	return point === 'end' ? cohortEndsOn : addMonths(cohortEndsOn, point === 'month6' ? 6 : 12);
}

/**
 * The check-in to create for an accepted mentee today: the latest point that has come, unless it
 * exists already. Earlier missed points are not sent late — a year-old question about the cohort's
 * end would only confuse; the latest one asks for the same facts as they are now.
 */
export function dueCheckin(cohortEndsOn: string, existing: readonly CheckinPoint[], today: string): { due: CheckinPoint; dueOn: string } | null {
	const come = CHECKIN_POINTS.filter((p) => checkinDate(cohortEndsOn, p) <= today);
	const latest = come.at(-1);
	if (!latest || existing.includes(latest)) return null;
	return { due: latest, dueOn: checkinDate(cohortEndsOn, latest) };
}
