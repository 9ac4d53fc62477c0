/**
 * Participation counts (decision 006): pure functions the impact report (issue 18) and every
 * programme page call. Attendance counts, registration does not; a person is counted once
 * whatever their address history (merged rows resolve to their survivor, anonymised rows keep
 * their id). No I/O.
 */

export const ACTIVITY_KINDS = ['event', 'cohort', 'survey', 'contest', 'cooperation'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'offered', 'cancelled', 'none'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['unknown', 'attended', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The funder's optional facts (ESF+ age bands); each one optional and never shown publicly. */
export const AGE_BANDS = ['under_18', '18_29', '30_54', '55_plus'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'self_employed', 'unemployed', 'student', 'retired', 'other'] as const;

export type ParticipationFact = {
	personId: string;
	activityKind: ActivityKind;
	activityId: string;
	registration: RegistrationStatus;
	attendance: AttendanceStatus;
	activityEndsAt?: Date | null;
};

/** Maps a person id to the person it now is (a merged row → its survivor); identity by default. */
export type Resolve = (personId: string) => string;
const same: Resolve = (id) => id;

/** Follows merge pointers (`mergedInto[id] = survivor`) to the end; a cycle in bad data stops, it never loops. */
export function resolverOf(mergedInto: ReadonlyMap<string, string>): Resolve {
	return (id) => {
		let current = id;
		for (let hops = 0; hops < 16; hops++) {
			const next = mergedInto.get(current);
			if (!next || next === current) return current;
			current = next;
		}
		return current;
	};
}

export const attended = (f: Pick<ParticipationFact, 'attendance'>) => f.attendance === 'attended';

/**
 * A registration whose activity is over and whose person was not marked present: marked absent,
 * or never checked in once the activity ended. A cancellation is not a no-show; a walk-in is
 * never one.
 */
export function isNoShow(f: ParticipationFact, now: Date): boolean {
	if (!isRegistration(f)) return false;
	if (f.attendance === 'absent') return true;
	return f.attendance === 'unknown' && !!f.activityEndsAt && f.activityEndsAt.getTime() <= now.getTime();
}

/** Distinct people who attended at least one of the activities. */
export function uniqueParticipants(facts: readonly ParticipationFact[], resolve: Resolve = same): number {
	return new Set(facts.filter(attended).map((f) => resolve(f.personId))).size;
}

/** For each person who attended anything: how many distinct activities they attended. */
export function attendancePerPerson(facts: readonly ParticipationFact[], resolve: Resolve = same): Map<string, number> {
	const seen = new Map<string, Set<string>>();
	for (const f of facts) {
		if (!attended(f)) continue;
		const person = resolve(f.personId);
		const set = seen.get(person) ?? new Set<string>();
		set.add(`${f.activityKind}:${f.activityId}`);
		seen.set(person, set);
	}
	return new Map([...seen].map(([person, activities]) => [person, activities.size]));
}

/** People who attended two or more distinct activities ("came again"). */
export function repeatParticipants(facts: readonly ParticipationFact[], resolve: Resolve = same, atLeast = 2): number {
	let n = 0;
	for (const count of attendancePerPerson(facts, resolve).values()) if (count >= atLeast) n++;
	return n;
}

export type ParticipationSummary = {
	/** Registrations that stood (not cancelled, not still waiting). */
	registrations: number;
	waitlisted: number;
	cancelled: number;
	/** Attendances: one per person and activity. */
	attendances: number;
	walkIns: number;
	noShows: number;
	uniqueParticipants: number;
	repeatParticipants: number;
	/** repeatParticipants / uniqueParticipants, 0 when nobody came. */
	repeatShare: number;
};

/** A registration that stood: not cancelled, not still waiting. */
export const isRegistration = (f: Pick<ParticipationFact, 'registration'>) => f.registration === 'registered' || f.registration === 'offered';
export const isWaitlisted = (f: Pick<ParticipationFact, 'registration'>) => f.registration === 'waitlisted';
export const isCancelled = (f: Pick<ParticipationFact, 'registration'>) => f.registration === 'cancelled';
/** Came without a standing registration (none, cancelled or still waitlisted). */
export const isWalkIn = (f: Pick<ParticipationFact, 'registration' | 'attendance'>) => attended(f) && (f.registration === 'none' || f.registration === 'cancelled' || f.registration === 'waitlisted');

/**
 * One fact per person and activity: two facts of one person for one activity (left over from a
 * merge, or from two sources) become one by combineParticipation. The first fact's other fields
 * (its id, its dates) are kept, so a records list can name the row it shows.
 */
export function mergeDuplicateFacts<T extends ParticipationFact>(facts: readonly T[], resolve: Resolve = same): T[] {
	const byKey = new Map<string, T>();
	for (const f of facts) {
		const key = `${resolve(f.personId)}|${f.activityKind}:${f.activityId}`;
		const before = byKey.get(key);
		byKey.set(key, before ? combineParticipation(before, f) : f);
	}
	return [...byKey.values()];
}

/**
 * Everything the report's participation table needs, from one list of facts, counted after
 * mergeDuplicateFacts with the predicates above (the report's records lists use the same ones).
 */
export function summarizeParticipation(facts: readonly ParticipationFact[], now: Date, resolve: Resolve = same): ParticipationSummary {
	const unique = mergeDuplicateFacts(facts, resolve);
	const count = (p: (f: ParticipationFact) => boolean) => unique.filter(p).length;
	const people = uniqueParticipants(unique, resolve);
	const repeaters = repeatParticipants(unique, resolve);
	return {
		registrations: count(isRegistration),
		waitlisted: count(isWaitlisted),
		cancelled: count(isCancelled),
		attendances: count(attended),
		walkIns: count(isWalkIn),
		noShows: count((f) => isNoShow(f, now)),
		uniqueParticipants: people,
		repeatParticipants: repeaters,
		repeatShare: people ? repeaters / people : 0
	};
}

const REGISTRATION_RANK: Record<RegistrationStatus, number> = { registered: 4, offered: 3, waitlisted: 2, none: 1, cancelled: 0 };
const ATTENDANCE_RANK: Record<AttendanceStatus, number> = { attended: 2, absent: 1, unknown: 0 };

/**
 * Two records of one person at one activity become one: the stronger registration and the
 * stronger attendance evidence win (attended over absent over unknown).
 */
export function combineParticipation<T extends Pick<ParticipationFact, 'registration' | 'attendance'>>(a: T, b: T): T {
	return {
		...a,
		registration: REGISTRATION_RANK[b.registration] > REGISTRATION_RANK[a.registration] ? b.registration : a.registration,
		attendance: ATTENDANCE_RANK[b.attendance] > ATTENDANCE_RANK[a.attendance] ? b.attendance : a.attendance
	};
}

export type MovableParticipation = Pick<ParticipationFact, 'activityKind' | 'activityId' | 'registration' | 'attendance'> & { id: string };

/**
 * How a merge moves participations: the merged person's rows move to the survivor, except where the
 * survivor already has a row for the same activity — then the survivor's row takes the combined
 * statuses and the merged row is dropped (one person, one row per activity).
 */
export function planParticipationMerge(
	survivorRows: readonly MovableParticipation[],
	mergedRows: readonly MovableParticipation[]
): { move: string[]; drop: string[]; update: { id: string; registration: RegistrationStatus; attendance: AttendanceStatus }[] } {
	const survivorByActivity = new Map(survivorRows.map((r) => [`${r.activityKind}:${r.activityId}`, r]));
	const move: string[] = [];
	const drop: string[] = [];
	const update: { id: string; registration: RegistrationStatus; attendance: AttendanceStatus }[] = [];
	for (const row of mergedRows) {
		const twin = survivorByActivity.get(`${row.activityKind}:${row.activityId}`);
		if (!twin) {
			move.push(row.id);
			continue;
		}
		drop.push(row.id);
		const combined = combineParticipation(twin, row);
		if (combined.registration !== twin.registration || combined.attendance !== twin.attendance) {
			update.push({ id: twin.id, registration: combined.registration, attendance: combined.attendance });
		}
	}
	return { move, drop, update };
}
