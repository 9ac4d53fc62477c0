import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, min, not, or, sql, type SQL } from 'drizzle-orm';
import { places, producerSalesPoints, producers, products, revisions, salesPoints, territories } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';
import type { RevisionStatus } from './domain';
import type { EntityType } from './drafts';
import type { RevisionSource } from './field-policy';

export type RevisionRow = {
	id: string;
	entityType: EntityType;
	entityId: string;
	baseVersion: number;
	proposed: Record<string, unknown>;
	changedFields: string[];
	isNew: boolean;
	source: RevisionSource;
	status: RevisionStatus;
	note: string | null;
	reason: string | null;
	authorUserId: string | null;
	authorEmail: string | null;
	authorLocale: string;
	municipalityId: number | null;
	reviewedBy: string | null;
	reviewedAt: Date | null;
	createdAt: Date;
	queuedAt: Date | null;
};

const columns = {
	id: revisions.id,
	entityType: revisions.entityType,
	entityId: revisions.entityId,
	baseVersion: revisions.baseVersion,
	proposed: revisions.proposed,
	changedFields: revisions.changedFields,
	isNew: revisions.isNew,
	source: revisions.source,
	status: revisions.status,
	note: revisions.note,
	reason: revisions.reason,
	authorUserId: revisions.authorUserId,
	authorEmail: revisions.authorEmail,
	authorLocale: revisions.authorLocale,
	municipalityId: revisions.municipalityId,
	reviewedBy: revisions.reviewedBy,
	reviewedAt: revisions.reviewedAt,
	createdAt: revisions.createdAt,
	queuedAt: revisions.queuedAt
};

export type NewRevision = Omit<RevisionRow, 'id' | 'createdAt' | 'reviewedBy' | 'reviewedAt' | 'reason'> & {
	confirmTokenHash?: string | null;
	reviewedBy?: string | null;
	reviewedAt?: Date | null;
};

export async function insertRevision(db: Db, values: NewRevision): Promise<string> {
	const [row] = await db.insert(revisions).values(values).returning({ id: revisions.id });
	return row.id;
}

export async function getRevision(db: Db, id: string): Promise<RevisionRow | null> {
	const [row] = await db.select(columns).from(revisions).where(eq(revisions.id, id)).limit(1);
	return row ?? null;
}

/**
 * Moves a revision from `from` to `to`; false when it was no longer in `from` (someone was faster).
 * An approval records the version it was applied to (`appliedTo`), as direct changes do.
 */
export async function moveRevision(
	db: Db,
	id: string,
	from: RevisionStatus,
	to: RevisionStatus,
	review: { reviewedBy: string | null; at: Date; reason?: string | null; appliedTo?: number }
): Promise<boolean> {
	const rows = await db
		.update(revisions)
		.set({ status: to, reviewedBy: review.reviewedBy, reviewedAt: review.at, reason: review.reason ?? null, ...(review.appliedTo !== undefined && { baseVersion: review.appliedTo }) })
		.where(and(eq(revisions.id, id), eq(revisions.status, from)))
		.returning({ id: revisions.id });
	return rows.length > 0;
}

/** A suggestion's e-mail link was clicked: it enters the queue now. */
export async function confirmByTokenHash(db: Db, tokenHash: string, at: Date): Promise<RevisionRow | null> {
	const [row] = await db
		.update(revisions)
		.set({ status: 'pending', queuedAt: at, confirmTokenHash: null })
		.where(and(eq(revisions.confirmTokenHash, tokenHash), eq(revisions.status, 'unconfirmed')))
		.returning(columns);
	return row ?? null;
}

/*
 * A new producer is one review: the products and own sales points its owner adds while the
 * producer still waits for its first review are *parts* of that review. They leave the queue, are
 * shown on the producer's review page and are decided with it. Membership is derived, not stored:
 * once the producer's creation is decided, a part left undecided (outside the reviewer's reach) is
 * an ordinary queue item again.
 */
/** A producer's creation that is not decided yet (unconfirmed, waiting, or sent back for changes). */
const OPEN_PRODUCER_CREATION = sql`parent.entity_type = 'producer' and parent.is_new and parent.status in ('unconfirmed', 'pending', 'changes_requested')`;

/** True for a waiting new product or sales point of a producer whose own first review is still open. */
export const isPartOfWaitingProducer: SQL = sql`(${revisions.isNew} and (
	(${revisions.entityType} = 'product' and exists (
		select 1 from revisions parent where ${OPEN_PRODUCER_CREATION} and parent.entity_id::text = ${revisions.proposed} ->> 'producerId'))
	or (${revisions.entityType} = 'sales_point' and exists (
		select 1 from producer_sales_points link join revisions parent on parent.entity_id = link.producer_id
		where link.sales_point_id = ${revisions.entityId} and ${OPEN_PRODUCER_CREATION}))
))`;

/** The waiting new products and own sales points of a producer, oldest first. */
export async function partsOf(db: Db, producerId: string): Promise<RevisionRow[]> {
	const ownPoints = db.select({ id: producerSalesPoints.salesPointId }).from(producerSalesPoints).where(eq(producerSalesPoints.producerId, producerId));
	return db
		.select(columns)
		.from(revisions)
		.where(
			and(
				eq(revisions.status, 'pending'),
				eq(revisions.isNew, true),
				or(
					and(eq(revisions.entityType, 'product'), sql`${revisions.proposed} ->> 'producerId' = ${producerId}`),
					and(eq(revisions.entityType, 'sales_point'), inArray(revisions.entityId, ownPoints))
				)
			)
		)
		.orderBy(asc(revisions.createdAt), asc(revisions.id));
}

export type QueueFilter = {
	entityTypes?: readonly EntityType[];
	/** A territory editor's reach: only these municipalities. */
	withinMunicipalities?: readonly number[];
	municipalityId?: number;
	/** Waiting since at least this moment (the "older than N days" filter). */
	queuedBefore?: Date;
};

function queueWhere(f: QueueFilter): SQL | undefined {
	return and(
		eq(revisions.status, 'pending'),
		not(isPartOfWaitingProducer),
		f.entityTypes?.length ? inArray(revisions.entityType, [...f.entityTypes]) : undefined,
		f.withinMunicipalities ? inArray(revisions.municipalityId, f.withinMunicipalities.length ? [...f.withinMunicipalities] : [-1]) : undefined,
		f.municipalityId !== undefined ? eq(revisions.municipalityId, f.municipalityId) : undefined,
		f.queuedBefore ? lte(revisions.queuedAt, f.queuedBefore) : undefined
	);
}

/** The waiting revisions, oldest first. */
export async function listQueue(db: Db, f: QueueFilter, limit: number, offset: number): Promise<RevisionRow[]> {
	return db.select(columns).from(revisions).where(queueWhere(f)).orderBy(asc(revisions.queuedAt), asc(revisions.id)).limit(limit).offset(offset);
}

export async function countQueue(db: Db, f: QueueFilter): Promise<{ count: number; oldest: Date | null }> {
	const [row] = await db.select({ n: count(), oldest: min(revisions.queuedAt) }).from(revisions).where(queueWhere(f));
	return { count: toNumber(row?.n), oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Other open revisions of the same listing, newest first (shown next to the one under review). */
export async function openRevisionsOf(db: Db, entityType: EntityType, entityId: string): Promise<RevisionRow[]> {
	const rows = await db
		.select(columns)
		.from(revisions)
		.where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId), inArray(revisions.status, ['pending', 'changes_requested'])))
		.orderBy(asc(revisions.createdAt));
	return rows;
}

/** Municipalities that have waiting revisions (for the queue's filter). */
export async function queueMunicipalities(db: Db, f: QueueFilter): Promise<Array<{ id: number; name: LocalizedText }>> {
	return db
		.selectDistinct({ id: territories.id, name: territories.name })
		.from(revisions)
		.innerJoin(territories, eq(territories.id, revisions.municipalityId))
		.where(queueWhere(f));
}

/** Current names of the listings behind revisions (a product's name is multilingual). */
export async function listingNames(db: Db, refs: ReadonlyArray<{ entityType: EntityType; entityId: string }>): Promise<Map<string, string | LocalizedText>> {
	const ids = (type: EntityType) => refs.filter((r) => r.entityType === type).map((r) => r.entityId);
	const out = new Map<string, string | LocalizedText>();
	const fetches: Array<Promise<Array<{ id: string; name: string | LocalizedText }>>> = [];
	const add = (type: EntityType, q: () => Promise<Array<{ id: string; name: string | LocalizedText }>>) => {
		if (ids(type).length) fetches.push(q());
	};
	add('producer', () => db.select({ id: producers.id, name: producers.name }).from(producers).where(inArray(producers.id, ids('producer'))));
	add('product', () => db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, ids('product'))));
	add('sales_point', () => db.select({ id: salesPoints.id, name: salesPoints.name }).from(salesPoints).where(inArray(salesPoints.id, ids('sales_point'))));
	add('place', () => db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, ids('place'))));
	for (const rows of await Promise.all(fetches)) for (const r of rows) out.set(r.id, r.name);
	return out;
}

/** Changes applied to a listing from `version` on (each one's baseVersion is the version it was applied to). */
export async function appliedSince(db: Db, entityType: EntityType, entityId: string, version: number): Promise<Array<{ baseVersion: number; proposed: Record<string, unknown> }>> {
	return db
		.select({ baseVersion: revisions.baseVersion, proposed: revisions.proposed })
		.from(revisions)
		.where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId), eq(revisions.status, 'published'), gte(revisions.baseVersion, version)));
}

/** The not yet decided revision that creates this listing (unconfirmed, waiting, or sent back for changes). */
export async function openCreation(db: Db, entityType: EntityType, entityId: string): Promise<RevisionRow | null> {
	const [row] = await db
		.select(columns)
		.from(revisions)
		.where(and(eq(revisions.entityType, entityType), eq(revisions.entityId, entityId), eq(revisions.isNew, true), inArray(revisions.status, ['unconfirmed', 'pending', 'changes_requested'])))
		.orderBy(desc(revisions.createdAt))
		.limit(1);
	return row ?? null;
}

/** This signed-in author's change to the listing that still waits (their next change joins it). */
export async function waitingChangeBy(db: Db, entityType: EntityType, entityId: string, authorUserId: string, source: RevisionSource): Promise<RevisionRow | null> {
	const [row] = await db
		.select(columns)
		.from(revisions)
		.where(
			and(
				eq(revisions.entityType, entityType),
				eq(revisions.entityId, entityId),
				eq(revisions.isNew, false),
				eq(revisions.status, 'pending'),
				isNotNull(revisions.authorUserId),
				eq(revisions.authorUserId, authorUserId),
				eq(revisions.source, source)
			)
		)
		.orderBy(desc(revisions.createdAt))
		.limit(1);
	return row ?? null;
}

/** Rewrites what a still open revision proposes (an edit folded into it); back in the queue when it was sent back. */
export async function reviseRevision(
	db: Db,
	id: string,
	change: { proposed: Record<string, unknown>; baseVersion: number; municipalityId: number | null; requeueAt?: Date }
): Promise<void> {
	await db
		.update(revisions)
		.set({
			proposed: change.proposed,
			changedFields: Object.keys(change.proposed),
			baseVersion: change.baseVersion,
			municipalityId: change.municipalityId,
			...(change.requeueAt && { status: 'pending' as const, queuedAt: change.requeueAt, reviewedBy: null, reviewedAt: null })
		})
		.where(eq(revisions.id, id));
}
