/**
 * A new producer is one review: the products and own sales points its owner adds while the
 * producer still waits for its first review are *parts* of that review. They leave the queue, are
 * shown on the producer's review page and are decided with it. Membership is derived, not stored:
 * once the producer's creation is decided, a part left undecided (outside the reviewer's reach) is
 * an ordinary queue item again.
 */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { producerSalesPoints, revisions } from '../db/schema';
import type { Db } from '../db/types';
import { columns, type RevisionRow } from './revisions-repository';

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
