/** Reads and writes for the owner dashboard: one's own listings, their products and sales points. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { producerOwners, producerSalesPoints, producers, products, revisions, salesPoints } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';

export async function listOwnedProducers(db: Db, userId: string) {
	return db
		.select({ id: producers.id, slug: producers.slug, name: producers.name, status: producers.status })
		.from(producerOwners)
		.innerJoin(producers, eq(producers.id, producerOwners.producerId))
		.where(eq(producerOwners.userId, userId))
		.orderBy(asc(producers.sortKey));
}

/** The stored producer as its owner may see it (their own address included). */
export async function findProducerForOwner(db: Db, id: string) {
	const [row] = await db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			kind: producers.kind,
			status: producers.status,
			description: producers.description,
			municipalityId: producers.municipalityId,
			address: producers.address,
			locationPrecision: producers.locationPrecision,
			phone: producers.phone,
			email: producers.email,
			website: producers.website,
			facebook: producers.facebook,
			instagram: producers.instagram,
			foundedYear: producers.foundedYear,
			categoryIds: sql<number[]>`coalesce((select array_agg(pc.category_id order by pc.category_id) from producer_categories pc where pc.producer_id = ${producers.id}), '{}')`
		})
		.from(producers)
		.where(eq(producers.id, id));
	return row ?? null;
}

export async function listProductsForOwner(db: Db, producerId: string) {
	return db
		.select({ id: products.id, name: products.name, categoryId: products.categoryId, priceCents: products.priceCents, unit: products.unit, unitAmount: products.unitAmount })
		.from(products)
		.where(eq(products.producerId, producerId))
		.orderBy(asc(products.sortOrder), asc(products.id));
}

export async function findProductForOwner(db: Db, productId: string) {
	const [row] = await db.select({ id: products.id, producerId: products.producerId, name: products.name }).from(products).where(eq(products.id, productId));
	return row ?? null;
}

/** Sales points of a producer with how many producers share each (shared ones are not the owner's to edit). */
export async function listSalesPointsForOwner(db: Db, producerId: string) {
	return db
		.select({
			id: salesPoints.id,
			slug: salesPoints.slug,
			name: salesPoints.name,
			kind: salesPoints.kind,
			status: salesPoints.status,
			openingHours: salesPoints.openingHours,
			sharedWith: sql<number>`(select count(*) from producer_sales_points o where o.sales_point_id = ${salesPoints.id} and o.producer_id <> ${producerId})`
		})
		.from(producerSalesPoints)
		.innerJoin(salesPoints, eq(salesPoints.id, producerSalesPoints.salesPointId))
		.where(eq(producerSalesPoints.producerId, producerId))
		.orderBy(asc(salesPoints.sortKey));
}

/** Revisions still waiting for a moderator, per listing. */
export async function listPendingRevisions(db: Db, entityIds: readonly string[]) {
	if (entityIds.length === 0) return [];
	return db
		.select({ entityId: revisions.entityId, entityType: revisions.entityType, changedFields: revisions.changedFields, isNew: revisions.isNew, proposed: revisions.proposed })
		.from(revisions)
		.where(and(inArray(revisions.entityId, [...entityIds]), eq(revisions.status, 'pending')));
}

/** New products proposed for a producer that wait for review (they have no row yet). */
export async function listPendingNewProducts(db: Db, producerId: string) {
	return db
		.select({ id: revisions.id, proposed: revisions.proposed })
		.from(revisions)
		.where(and(eq(revisions.entityType, 'product'), eq(revisions.isNew, true), eq(revisions.status, 'pending'), sql`${revisions.proposed}->>'producerId' = ${producerId}`));
}

export async function deleteProductOf(db: Db, producerId: string, productId: string): Promise<boolean> {
	const rows = await db
		.delete(products)
		.where(and(eq(products.id, productId), eq(products.producerId, producerId)))
		.returning({ id: products.id });
	return rows.length === 1;
}

export async function linkSalesPoint(db: Db, producerId: string, salesPointId: string): Promise<void> {
	await db.insert(producerSalesPoints).values({ producerId, salesPointId }).onConflictDoNothing();
}

export async function unlinkSalesPoint(db: Db, producerId: string, salesPointId: string): Promise<void> {
	await db.delete(producerSalesPoints).where(and(eq(producerSalesPoints.producerId, producerId), eq(producerSalesPoints.salesPointId, salesPointId)));
}

export async function salesPointProducerIds(db: Db, salesPointId: string): Promise<string[]> {
	const rows = await db.select({ id: producerSalesPoints.producerId }).from(producerSalesPoints).where(eq(producerSalesPoints.salesPointId, salesPointId));
	return rows.map((r) => r.id);
}

/** An ILIKE pattern for "contains", with the pattern's own characters escaped. */
const containsPattern = (folded: string) => `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Published sales points (markets, shops, fairs) whose name or place contains the folded text and this producer is not at yet. */
export async function findJoinableSalesPoints(db: Db, producerId: string, folded: string, limit = 10) {
	const pattern = containsPattern(folded);
	return db
		.select({ id: salesPoints.id, slug: salesPoints.slug, name: salesPoints.name, kind: salesPoints.kind, municipalityId: salesPoints.municipalityId })
		.from(salesPoints)
		.where(
			and(
				eq(salesPoints.status, 'published'),
				sql`${salesPoints.searchText} ilike ${pattern}`,
				sql`not exists (select 1 from ${producerSalesPoints} where ${producerSalesPoints.salesPointId} = ${salesPoints.id} and ${producerSalesPoints.producerId} = ${producerId})`
			)
		)
		.orderBy(asc(salesPoints.sortKey))
		.limit(limit);
}

/** The name of a published sales point; null when there is none (any more) by that id. */
export async function publishedSalesPointName(db: Db, salesPointId: string): Promise<string | null> {
	const [row] = await db.select({ name: salesPoints.name }).from(salesPoints).where(and(eq(salesPoints.id, salesPointId), eq(salesPoints.status, 'published')));
	return row?.name ?? null;
}

/** Published producers whose name contains the folded text, for "find your business". */
export async function findPublishedByName(db: Db, folded: string, limit = 10) {
	const pattern = containsPattern(folded);
	return db
		.select({ id: producers.id, slug: producers.slug, name: producers.name, municipalityId: producers.municipalityId })
		.from(producers)
		.where(and(eq(producers.status, 'published'), sql`${producers.searchText} ilike ${pattern}`))
		.orderBy(asc(producers.sortKey))
		.limit(limit);
}
