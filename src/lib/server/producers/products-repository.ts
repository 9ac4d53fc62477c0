import { asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { products } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';

export type ProductUnit = NonNullable<(typeof products.unit.enumValues)[number]>;

export type ProductRow = {
	id: string;
	name: LocalizedText;
	/** Null: uncategorised (an import could not tell the category). */
	categoryId: number | null;
	priceCents: number | null;
	unit: ProductUnit | null;
	/** numeric(10,3) arrives as a string from both drivers. */
	unitAmount: string | null;
	seasonFrom: number | null;
	seasonTo: number | null;
};

export async function listProductsOfProducer(db: Db, producerId: string): Promise<ProductRow[]> {
	return db
		.select({
			id: products.id,
			name: products.name,
			categoryId: products.categoryId,
			priceCents: products.priceCents,
			unit: products.unit,
			unitAmount: products.unitAmount,
			seasonFrom: products.seasonFrom,
			seasonTo: products.seasonTo
		})
		.from(products)
		.where(eq(products.producerId, producerId))
		.orderBy(asc(products.sortOrder), asc(products.id));
}

/** The first `perProducer` product names of each producer, for cards (one query for a whole page). */
export async function listFirstProductNames(
	db: Db,
	producerIds: readonly string[],
	perProducer: number
): Promise<{ producerId: string; name: LocalizedText }[]> {
	if (producerIds.length === 0) return [];
	const ranked = db
		.select({
			producerId: products.producerId,
			name: products.name,
			rank: sql<number>`row_number() over (partition by ${products.producerId} order by ${products.sortOrder}, ${products.id})`.as('rank')
		})
		.from(products)
		.where(inArray(products.producerId, [...producerIds]))
		.as('ranked');
	return db
		.select({ producerId: ranked.producerId, name: ranked.name })
		.from(ranked)
		.where(lte(ranked.rank, perProducer))
		.orderBy(ranked.producerId, ranked.rank);
}

/** The producer a product belongs to (authorization and photo links), or null for an unknown id. */
export async function findProductProducerId(db: Db, productId: string): Promise<string | null> {
	const [row] = await db.select({ producerId: products.producerId }).from(products).where(eq(products.id, productId));
	return row?.producerId ?? null;
}
