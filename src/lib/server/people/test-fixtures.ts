import { user } from '../db/schema';
import type { Db } from '../db/types';
import { addOrganisation } from '../geography/test-fixtures';
import { insertParticipation } from '../participation/participations-repository';
import type { ActivityKind, AttendanceStatus, RegistrationStatus } from '../participation/domain';
import { randomUUID } from 'node:crypto';

/** A confirmed account row for data tests (no password: these tests never sign in). */
export async function addUser(db: Db, id: string, email: string, name = id): Promise<string> {
	await db.insert(user).values({ id, name, email, emailVerified: true });
	return id;
}

export async function addTestOrganisation(db: Db, slug: string, name = slug): Promise<string> {
	return addOrganisation(db, { slug, name, municipality: 'jelgavas-novads' });
}

/** A participation in an activity of `organisationId` (ids are made up: the activity tables come with their features). */
export async function takePart(
	db: Db,
	x: {
		personId: string;
		organisationId: string;
		activityId?: string;
		kind?: ActivityKind;
		registration?: RegistrationStatus;
		attendance?: AttendanceStatus;
		endsAt?: Date;
	}
): Promise<{ id: string; created: boolean; activityId: string }> {
	const activityId = x.activityId ?? randomUUID();
	const r = await insertParticipation(db, {
		personId: x.personId,
		activityKind: x.kind ?? 'event',
		activityId,
		organisationId: x.organisationId,
		activityStartsAt: x.endsAt ? new Date(x.endsAt.getTime() - 7_200_000) : null,
		activityEndsAt: x.endsAt ?? null,
		registration: x.registration ?? 'registered',
		attendance: x.attendance,
		at: new Date()
	});
	return { ...r, activityId };
}
