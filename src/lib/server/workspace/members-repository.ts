import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { organisationMembers, organisations, user } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { OrganisationRole } from '../auth/permissions';

export type Membership = { organisationId: string; slug: string; name: string; role: OrganisationRole };

/** The workspaces a user works in (for the principal and the "my workspaces" list), in Latvian order. */
export async function membershipsOf(db: Db, userId: string): Promise<Membership[]> {
	return db
		.select({ organisationId: organisationMembers.organisationId, slug: organisations.slug, name: organisations.name, role: organisationMembers.role })
		.from(organisationMembers)
		.innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
		.where(eq(organisationMembers.userId, userId))
		.orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

export type StaffRow = { id: string; userId: string; name: string; email: string; role: OrganisationRole; since: Date };

export async function listStaff(db: Db, organisationId: string): Promise<StaffRow[]> {
	return db
		.select({ id: organisationMembers.id, userId: user.id, name: user.name, email: user.email, role: organisationMembers.role, since: organisationMembers.createdAt })
		.from(organisationMembers)
		.innerJoin(user, eq(user.id, organisationMembers.userId))
		.where(and(eq(organisationMembers.organisationId, organisationId), isNull(user.deletedAt)))
		.orderBy(asc(organisationMembers.role), asc(user.email));
}

export async function findMember(db: Db, organisationId: string, userId: string): Promise<{ id: string; role: OrganisationRole } | null> {
	const [row] = await db
		.select({ id: organisationMembers.id, role: organisationMembers.role })
		.from(organisationMembers)
		.where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
	return row ?? null;
}

export async function findMemberById(db: Db, id: string): Promise<{ id: string; organisationId: string; userId: string; role: OrganisationRole } | null> {
	const [row] = await db
		.select({ id: organisationMembers.id, organisationId: organisationMembers.organisationId, userId: organisationMembers.userId, role: organisationMembers.role })
		.from(organisationMembers)
		.where(eq(organisationMembers.id, id));
	return row ?? null;
}

/** Adds a member; an existing member keeps their row and gets the given role. Returns whether anything changed. */
export async function upsertMember(db: Db, m: { organisationId: string; userId: string; role: OrganisationRole; addedBy: string | null }): Promise<'added' | 'changed' | 'same'> {
	const before = await findMember(db, m.organisationId, m.userId);
	if (before?.role === m.role) return 'same';
	if (before) {
		await db.update(organisationMembers).set({ role: m.role }).where(eq(organisationMembers.id, before.id));
		return 'changed';
	}
	await db.insert(organisationMembers).values(m).onConflictDoUpdate({ target: [organisationMembers.organisationId, organisationMembers.userId], set: { role: m.role } });
	return 'added';
}

export async function deleteMember(db: Db, id: string): Promise<void> {
	await db.delete(organisationMembers).where(eq(organisationMembers.id, id));
}

export async function countCoordinators(db: Db, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)` })
		.from(organisationMembers)
		.where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, 'coordinator')));
	return toNumber(row?.n);
}

export async function deleteMembershipsOf(db: Db, userId: string): Promise<void> {
	await db.delete(organisationMembers).where(eq(organisationMembers.userId, userId));
}
