import { and, eq, sql } from 'drizzle-orm';
import { organisationTerritories, producerOwners, territories, user, userRoles } from '../db/schema';
import type { Db } from '../db/types';
import { ROLES, type Role } from './permissions';

export type UserRow = { id: string; name: string; email: string; emailVerified: boolean; locale: string; deletedAt: Date | null; createdAt: Date };

const userColumns = {
	id: user.id,
	name: user.name,
	email: user.email,
	emailVerified: user.emailVerified,
	locale: user.locale,
	deletedAt: user.deletedAt,
	createdAt: user.createdAt
};

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
	const [row] = await db.select(userColumns).from(user).where(eq(user.email, email.trim().toLowerCase()));
	return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
	const [row] = await db.select(userColumns).from(user).where(eq(user.id, id));
	return row ?? null;
}

export async function rolesOf(db: Db, userId: string): Promise<{ role: Role; organisationId: string | null }[]> {
	const rows = await db.select({ role: userRoles.role, organisationId: userRoles.organisationId }).from(userRoles).where(eq(userRoles.userId, userId));
	return rows.filter((r) => (ROLES as readonly string[]).includes(r.role));
}

export async function producerIdsOf(db: Db, userId: string): Promise<string[]> {
	const rows = await db.select({ id: producerOwners.producerId }).from(producerOwners).where(eq(producerOwners.userId, userId));
	return rows.map((r) => r.id);
}

/**
 * Municipalities a territory editor may moderate: those their organisations cover, with a
 * covered planning region expanded to its municipalities and a historical novads to its successor.
 */
export async function territoryIdsOf(db: Db, userId: string): Promise<string[]> {
	const covered = db
		.select({ id: organisationTerritories.territoryId })
		.from(organisationTerritories)
		.innerJoin(userRoles, eq(userRoles.organisationId, organisationTerritories.organisationId))
		.where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'territory_editor')));
	const rows = await db
		.selectDistinct({ id: territories.id })
		.from(territories)
		.where(
			sql`${territories.kind} = 'municipality' AND (
				${territories.id} IN ${covered}
				OR ${territories.parentId} IN ${covered}
				OR ${territories.id} IN (SELECT successor_id FROM territories h WHERE h.kind = 'historical_municipality' AND h.id IN ${covered})
			)`
		);
	return rows.map((r) => String(r.id));
}

export async function updateUserName(db: Db, userId: string, name: string): Promise<void> {
	await db.update(user).set({ name, updatedAt: new Date() }).where(eq(user.id, userId));
}
