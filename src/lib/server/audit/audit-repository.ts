import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog, user } from '../db/schema';
import { toNumber, type Db } from '../db/types';

export type AuditEntry = {
	actorUserId: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	details?: Record<string, unknown>;
};

/** Records one moderation or admin action; call it inside the transaction of the action itself. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
	await db.insert(auditLog).values({
		actorUserId: entry.actorUserId,
		action: entry.action,
		entityType: entry.entityType,
		entityId: entry.entityId,
		details: entry.details ?? {}
	});
}

/** Records the save of an organisation's published content (news, project): `<type>.create` or `<type>.update`. */
export async function recordContentSave(
	db: Db,
	entityType: 'news' | 'project',
	save: { created: boolean; actorUserId: string; id: string; slug: string; status: string; organisationId: string }
): Promise<void> {
	await recordAudit(db, {
		actorUserId: save.actorUserId,
		action: `${entityType}.${save.created ? 'create' : 'update'}`,
		entityType,
		entityId: save.id,
		details: { slug: save.slug, status: save.status, organisationId: save.organisationId }
	});
}

export type AuditFilter = {
	actor?: string; // user id
	action?: string;
	entityType?: string;
	entityId?: string;
	from?: Date;
	/** exclusive */
	to?: Date;
};

export type AuditRow = {
	id: number;
	at: Date;
	actorUserId: string | null;
	actorEmail: string | null;
	actorName: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	details: Record<string, unknown>;
};

function whereOf(f: AuditFilter): SQL | undefined {
	return and(
		f.actor ? eq(auditLog.actorUserId, f.actor) : undefined,
		f.action ? eq(auditLog.action, f.action) : undefined,
		f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
		f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
		f.from ? gte(auditLog.at, f.from) : undefined,
		f.to ? lt(auditLog.at, f.to) : undefined
	);
}

/** Newest first. */
export async function listAudit(db: Db, filter: AuditFilter, page: { limit: number; offset: number }): Promise<{ rows: AuditRow[]; total: number }> {
	const where = whereOf(filter);
	const rows = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			actorUserId: auditLog.actorUserId,
			actorEmail: user.email,
			actorName: user.name,
			action: auditLog.action,
			entityType: auditLog.entityType,
			entityId: auditLog.entityId,
			details: auditLog.details
		})
		.from(auditLog)
		.leftJoin(user, eq(user.id, auditLog.actorUserId))
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(page.limit)
		.offset(page.offset);
	const [total] = await db.select({ n: count() }).from(auditLog).where(where);
	return { rows, total: toNumber(total?.n) };
}

/** The distinct actions and entity types, for the filter's choices. */
export async function auditVocabulary(db: Db): Promise<{ actions: string[]; entityTypes: string[] }> {
	const actions = await db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action);
	const types = await db.selectDistinct({ v: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType);
	return { actions: actions.map((r) => r.v), entityTypes: types.map((r) => r.v) };
}

/** Actions the user performed, for their personal-data export. */
export async function auditByActor(db: Db, userId: string): Promise<{ at: Date; action: string; entityType: string; entityId: string | null }[]> {
	return db
		.select({ at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId })
		.from(auditLog)
		.where(eq(auditLog.actorUserId, userId))
		.orderBy(desc(auditLog.at));
}
