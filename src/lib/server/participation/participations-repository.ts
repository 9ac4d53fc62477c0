import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { organisations, participations, people } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { ActivityKind, AttendanceStatus, MovableParticipation, ParticipationFact, RegistrationStatus } from './domain';

export type ActivityScope = {
	activityKind: ActivityKind;
	activityId: string;
	organisationId: string;
	projectId?: string | null;
	activityStartsAt?: Date | null;
	activityEndsAt?: Date | null;
};

export type FunderFacts = { municipalityId?: number | null; gender?: string | null; ageBand?: string | null; employmentStatus?: string | null };

export type NewParticipation = ActivityScope &
	FunderFacts & { personId: string; registration: RegistrationStatus; attendance?: AttendanceStatus; at: Date };

/**
 * Records that a person takes part; when they already do (same activity), nothing changes and the
 * existing row is returned with `created: false` — nobody is ever registered twice.
 */
export async function insertParticipation(db: Db, p: NewParticipation): Promise<{ id: string; created: boolean }> {
	const attendance = p.attendance ?? 'unknown';
	const [row] = await db
		.insert(participations)
		.values({
			personId: p.personId,
			activityKind: p.activityKind,
			activityId: p.activityId,
			organisationId: p.organisationId,
			projectId: p.projectId ?? null,
			activityStartsAt: p.activityStartsAt ?? null,
			activityEndsAt: p.activityEndsAt ?? null,
			registration: p.registration,
			attendance,
			registeredAt: p.registration === 'none' ? null : p.at,
			attendanceMarkedAt: attendance === 'unknown' ? null : p.at,
			municipalityId: p.municipalityId ?? null,
			gender: p.gender ?? null,
			ageBand: p.ageBand ?? null,
			employmentStatus: p.employmentStatus ?? null
		})
		.onConflictDoNothing({ target: [participations.activityKind, participations.activityId, participations.personId] })
		.returning({ id: participations.id });
	if (row) return { id: row.id, created: true };
	const [existing] = await db
		.select({ id: participations.id })
		.from(participations)
		.where(and(eq(participations.activityKind, p.activityKind), eq(participations.activityId, p.activityId), eq(participations.personId, p.personId)));
	return { id: existing.id, created: false };
}

export async function setRegistration(db: Db, id: string, registration: RegistrationStatus, at: Date): Promise<void> {
	await db
		.update(participations)
		.set({
			registration,
			...(registration === 'cancelled' ? { cancelledAt: at } : registration === 'registered' ? { registeredAt: at, cancelledAt: null } : {}),
			updatedAt: at
		})
		.where(eq(participations.id, id));
}

/** Check-in (attended), a no-show mark (absent), or undoing either (unknown). */
export async function setAttendance(db: Db, id: string, attendance: AttendanceStatus, at: Date): Promise<void> {
	await db
		.update(participations)
		.set({ attendance, attendanceMarkedAt: attendance === 'unknown' ? null : at, updatedAt: at })
		.where(eq(participations.id, id));
}

/** An activity moved to another project or date: its participations follow (reports filter on these). */
export async function updateActivityScope(db: Db, scope: ActivityScope): Promise<void> {
	await db
		.update(participations)
		.set({
			organisationId: scope.organisationId,
			projectId: scope.projectId ?? null,
			activityStartsAt: scope.activityStartsAt ?? null,
			activityEndsAt: scope.activityEndsAt ?? null,
			updatedAt: new Date()
		})
		.where(and(eq(participations.activityKind, scope.activityKind), eq(participations.activityId, scope.activityId)));
}

export type ParticipationFilter = { organisationId?: string; projectId?: string; kinds?: ActivityKind[]; activityId?: string; from?: Date; to?: Date };

function whereOf(f: ParticipationFilter): SQL | undefined {
	return and(
		f.organisationId ? eq(participations.organisationId, f.organisationId) : undefined,
		f.projectId ? eq(participations.projectId, f.projectId) : undefined,
		f.kinds?.length ? inArray(participations.activityKind, f.kinds) : undefined,
		f.activityId ? eq(participations.activityId, f.activityId) : undefined,
		f.from ? gte(participations.activityStartsAt, f.from) : undefined,
		f.to ? lt(participations.activityStartsAt, f.to) : undefined
	);
}

/** The facts the pure counting functions (domain.ts) take, for a report's scope. */
export async function listParticipationFacts(db: Db, filter: ParticipationFilter): Promise<ParticipationFact[]> {
	return db
		.select({
			personId: participations.personId,
			activityKind: participations.activityKind,
			activityId: participations.activityId,
			registration: participations.registration,
			attendance: participations.attendance,
			activityEndsAt: participations.activityEndsAt
		})
		.from(participations)
		.where(whereOf(filter));
}

export async function listParticipationsOfPerson(db: Db, personId: string): Promise<MovableParticipation[]> {
	return db
		.select({ id: participations.id, activityKind: participations.activityKind, activityId: participations.activityId, registration: participations.registration, attendance: participations.attendance })
		.from(participations)
		.where(eq(participations.personId, personId));
}

export async function moveParticipations(db: Db, ids: string[], toPersonId: string): Promise<void> {
	if (ids.length) await db.update(participations).set({ personId: toPersonId, updatedAt: new Date() }).where(inArray(participations.id, ids));
}

export async function deleteParticipations(db: Db, ids: string[]): Promise<void> {
	if (ids.length) await db.delete(participations).where(inArray(participations.id, ids));
}

/**
 * The person's latest attended event within a scope (one event, or a project's events) with the
 * funder facts they gave there: what a survey response is broken down by.
 */
export async function latestAttendance(
	db: Db,
	personId: string,
	scope: { eventId: string } | { projectId: string }
): Promise<{ activityId: string; municipalityId: number | null; gender: string | null; ageBand: string | null } | null> {
	const [row] = await db
		.select({ activityId: participations.activityId, municipalityId: participations.municipalityId, gender: participations.gender, ageBand: participations.ageBand })
		.from(participations)
		.where(
			and(
				eq(participations.personId, personId),
				eq(participations.activityKind, 'event'),
				eq(participations.attendance, 'attended'),
				'eventId' in scope ? eq(participations.activityId, scope.eventId) : eq(participations.projectId, scope.projectId)
			)
		)
		.orderBy(desc(participations.activityStartsAt))
		.limit(1);
	return row ?? null;
}

/** Whether the person took part in anything the organisation ran (a coordinator's reach over people). */
export async function personTookPartIn(db: Db, personId: string, organisationId: string): Promise<boolean> {
	const [row] = await db
		.select({ n: sql<number>`count(*)` })
		.from(participations)
		.where(and(eq(participations.personId, personId), eq(participations.organisationId, organisationId)));
	return toNumber(row?.n) > 0;
}

/** Each person's activities with the retention of the organisation that ran them (the sweep's input). */
export async function retentionFactsOf(db: Db, personIds: string[]): Promise<Map<string, { startsAt: Date | null; endsAt: Date | null; retentionDays: number }[]>> {
	const out = new Map<string, { startsAt: Date | null; endsAt: Date | null; retentionDays: number }[]>();
	if (!personIds.length) return out;
	const rows = await db
		.select({ personId: participations.personId, startsAt: participations.activityStartsAt, endsAt: participations.activityEndsAt, retentionDays: organisations.participantRetentionDays })
		.from(participations)
		.innerJoin(organisations, eq(organisations.id, participations.organisationId))
		.where(inArray(participations.personId, personIds));
	for (const r of rows) {
		const list = out.get(r.personId) ?? [];
		list.push({ startsAt: r.startsAt, endsAt: r.endsAt, retentionDays: r.retentionDays });
		out.set(r.personId, list);
	}
	return out;
}

export type OrganisationPerson = { id: string; name: string | null; email: string | null; anonymised: boolean; activities: number; attended: number; lastActivityAt: Date | null };

/** People who took part in an organisation's activities, newest activity first (the workspace's people list). */
export async function listPeopleOfOrganisation(db: Db, organisationId: string, page: { limit: number; offset: number }): Promise<{ total: number; rows: OrganisationPerson[] }> {
	const where = eq(participations.organisationId, organisationId);
	const [{ n }] = await db.select({ n: sql<number>`count(distinct ${participations.personId})` }).from(participations).where(where);
	const last = sql<Date | null>`max(${participations.activityStartsAt})`;
	const rows = await db
		.select({
			id: people.id,
			name: people.name,
			email: people.email,
			anonymisedAt: people.anonymisedAt,
			activities: sql<number>`count(*)`,
			attended: sql<number>`count(*) filter (where ${participations.attendance} = 'attended')`,
			lastActivityAt: last
		})
		.from(participations)
		.innerJoin(people, eq(people.id, participations.personId))
		.where(where)
		.groupBy(people.id, people.name, people.email, people.anonymisedAt)
		.orderBy(desc(last), asc(people.id))
		.limit(page.limit)
		.offset(page.offset);
	return {
		total: toNumber(n),
		rows: rows.map((r) => ({
			id: r.id,
			name: r.name,
			email: r.email,
			anonymised: !!r.anonymisedAt,
			activities: toNumber(r.activities),
			attended: toNumber(r.attended),
			lastActivityAt: r.lastActivityAt ? new Date(r.lastActivityAt) : null
		}))
	};
}

/** A merge folded two rows into the survivor's: it takes the combined statuses. */
export async function setStatuses(db: Db, id: string, s: { registration: RegistrationStatus; attendance: AttendanceStatus }): Promise<void> {
	await db.update(participations).set({ ...s, updatedAt: new Date() }).where(eq(participations.id, id));
}

/** Everything recorded about a person's participation (their GDPR download). */
export async function participationsForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({
			activityKind: participations.activityKind,
			activityId: participations.activityId,
			organisation: organisations.name,
			registration: participations.registration,
			attendance: participations.attendance,
			registeredAt: participations.registeredAt,
			cancelledAt: participations.cancelledAt,
			attendanceMarkedAt: participations.attendanceMarkedAt,
			activityStartsAt: participations.activityStartsAt,
			municipalityId: participations.municipalityId,
			gender: participations.gender,
			ageBand: participations.ageBand,
			employmentStatus: participations.employmentStatus
		})
		.from(participations)
		.innerJoin(organisations, eq(organisations.id, participations.organisationId))
		.where(inArray(participations.personId, personIds));
}
