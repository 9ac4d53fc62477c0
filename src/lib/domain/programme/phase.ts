/**
 * Where a cohort stands, from its dates alone (its `status` is only whether it is public):
 * `upcoming` before applications open, `applying` while they are open, `closed` after they close
 * and before the start, `running` from the first to the last day, `finished` after it. Days are
 * Riga's calendar days: a cohort starting "2027-03-01" starts at midnight in Riga, not UTC.
 * Applications open for a window that reaches past the start still say `applying` (late entry).
 */
export type CohortPhase = 'upcoming' | 'applying' | 'closed' | 'running' | 'finished';

export type CohortDates = {
	startsOn: string;
	endsOn: string;
	applicationsOpenAt: Date | null;
	applicationsCloseAt: Date | null;
};

/** Today's date in Riga as YYYY-MM-DD. */
export const rigaDate = (d: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** Applications are open: the window has opened and not yet closed (no window: never open). */
export function applicationsOpen(c: Pick<CohortDates, 'applicationsOpenAt' | 'applicationsCloseAt'>, now: Date): boolean {
	if (!c.applicationsOpenAt || c.applicationsOpenAt > now) return false;
	return !c.applicationsCloseAt || now < c.applicationsCloseAt;
}

export function cohortPhase(c: CohortDates, now: Date): CohortPhase {
	const today = rigaDate(now);
	if (today > c.endsOn) return 'finished';
	if (applicationsOpen(c, now)) return 'applying';
	if (today >= c.startsOn) return 'running';
	if (c.applicationsOpenAt && now < c.applicationsOpenAt) return 'upcoming';
	return 'closed';
}

/** Places left under a capacity (null: no limit). */
export const placesLeft = (capacity: number | null, accepted: number): number | null => (capacity === null ? null : Math.max(0, capacity - accepted));

/** Midnight in Riga at the start of a date, as an instant (what a participation's dates hold). */
export function rigaMidnight(date: string): Date {
	// Riga is UTC+2 or +3: try both offsets and keep the one whose Riga date is the date itself at 00:00
	for (const offset of [2, 3]) {
		const at = new Date(`${date}T00:00:00+0${offset}:00`);
		const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', hourCycle: 'h23' }).format(at);
		if (rigaDate(at) === date && hour === '00') return at;
	}
	return new Date(`${date}T00:00:00Z`);
}

/** The end of a Riga day (the last instant before the next day's midnight). */
export function rigaEndOfDay(date: string): Date {
	const next = new Date(`${date}T12:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return new Date(rigaMidnight(next.toISOString().slice(0, 10)).getTime() - 1);
}
