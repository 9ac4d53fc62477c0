import { and, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organisations, user, userRoles } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { Role } from '../auth/permissions';

export type AdminUserRow = { id: string; name: string; email: string; emailVerified: boolean; createdAt: Date; deletedAt: Date | null };
export type RoleRow = { id: number; role: Role; organisationId: string | null; organisationName: string | null };

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** Users whose e-mail or name contains `q` (deleted accounts left out), by e-mail. */
export async function searchUsers(db: Db, q: string, page: { limit: number; offset: number }): Promise<{ rows: AdminUserRow[]; total: number }> {
	const text = q.trim();
	const where: SQL | undefined = and(
		isNull(user.deletedAt),
		text ? or(ilike(user.email, `%${escapeLike(text)}%`), ilike(user.name, `%${escapeLike(text)}%`)) : undefined
	);
	const rows = await db
		.select({ id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified, createdAt: user.createdAt, deletedAt: user.deletedAt })
		.from(user)
		.where(where)
		.orderBy(asc(user.email))
		.limit(page.limit)
		.offset(page.offset);
	const [total] = await db.select({ n: count() }).from(user).where(where);
	return { rows, total: toNumber(total?.n) };
}

export async function rolesOfUsers(db: Db, userIds: string[]): Promise<Map<string, RoleRow[]>> {
	const out = new Map<string, RoleRow[]>();
	if (!userIds.length) return out;
	const rows = await db
		.select({ userId: userRoles.userId, id: userRoles.id, role: userRoles.role, organisationId: userRoles.organisationId, organisationName: organisations.name })
		.from(userRoles)
		.leftJoin(organisations, eq(organisations.id, userRoles.organisationId))
		.where(inArray(userRoles.userId, userIds))
		.orderBy(asc(userRoles.id));
	for (const { userId, ...r } of rows) out.set(userId, [...(out.get(userId) ?? []), r]);
	return out;
}

/** Adds a role; returns false when the user already has it (same organisation). */
export async function insertRole(db: Db, entry: { userId: string; role: Role; organisationId: string | null }): Promise<boolean> {
	const inserted = await db.insert(userRoles).values(entry).onConflictDoNothing().returning({ id: userRoles.id });
	return inserted.length > 0;
}

export async function deleteRole(db: Db, userId: string, roleId: number): Promise<RoleRow | null> {
	const [removed] = await db
		.delete(userRoles)
		.where(and(eq(userRoles.id, roleId), eq(userRoles.userId, userId)))
		.returning({ id: userRoles.id, role: userRoles.role, organisationId: userRoles.organisationId });
	return removed ? { ...removed, organisationName: null } : null;
}

/** Organisations a territory editor can work for, by name. */
export async function organisationChoices(db: Db): Promise<{ id: string; name: string }[]> {
	return db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}
