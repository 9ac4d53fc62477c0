import { asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import { categories, labels, producerCategories, producerLabels, producers, products } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';
import { contactSelection, storedLocationSelection } from '$lib/server/listings/listing-table';
import { directoryWhere, type DirectoryFilter, type DirectorySort } from '$lib/server/producers/producers-repository';

/** Stored location columns are read for publicLocation() only; they never reach an export as they are. */
export type ExportProducerRow = StoredLocationColumns & {
	id: string;
	slug: string;
	name: string;
	kind: string;
	externalId: string | null;
	description: LocalizedText;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

const byName = [sql`${producers.sortKey} collate "C"`, producers.slug] as const;

/**
 * Ids of the filtered, published directory in the directory's order: one sort for the whole
 * export (narrow rows, ~40 bytes each), after which batches are fetched by id without sorting again.
 */
export async function listExportIds(db: Db, filter: DirectoryFilter, sort: DirectorySort): Promise<string[]> {
	const order = sort === 'newest' ? [sql`${producers.publishedAt} desc nulls last`, ...byName] : byName;
	const rows = await db.select({ id: producers.id }).from(producers).where(directoryWhere(db, filter)).orderBy(...order);
	return rows.map((r) => r.id);
}

/** Full rows of these producers, in no particular order (the caller keeps the order of `ids`). */
export async function listExportRowsByIds(db: Db, ids: readonly string[]): Promise<ExportProducerRow[]> {
	if (ids.length === 0) return [];
	return db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			kind: producers.kind,
			externalId: producers.externalId,
			description: producers.description,
			...storedLocationSelection(producers),
			...contactSelection(producers)
		})
		.from(producers)
		.where(inArray(producers.id, [...ids]));
}

/** Category slugs per producer, in the curators' order. */
export async function listCategorySlugs(db: Db, ids: readonly string[]): Promise<{ producerId: string; slug: string }[]> {
	if (ids.length === 0) return [];
	return db
		.select({ producerId: producerCategories.producerId, slug: categories.slug })
		.from(producerCategories)
		.innerJoin(categories, eq(categories.id, producerCategories.categoryId))
		.where(inArray(producerCategories.producerId, [...ids]))
		.orderBy(asc(categories.sortOrder), asc(categories.id));
}

export async function listProductNames(db: Db, ids: readonly string[]): Promise<{ producerId: string; name: LocalizedText }[]> {
	if (ids.length === 0) return [];
	return db
		.select({ producerId: products.producerId, name: products.name })
		.from(products)
		.where(inArray(products.producerId, [...ids]))
		.orderBy(asc(products.sortOrder), asc(products.id));
}

export async function listLabelValues(
	db: Db,
	ids: readonly string[]
): Promise<{ producerId: string; slug: string; value: string | null }[]> {
	if (ids.length === 0) return [];
	return db
		.select({ producerId: producerLabels.producerId, slug: labels.slug, value: producerLabels.value })
		.from(producerLabels)
		.innerJoin(labels, eq(labels.id, producerLabels.labelId))
		.where(inArray(producerLabels.producerId, [...ids]))
		.orderBy(asc(labels.sortOrder), asc(labels.id));
}

/**
 * What an export's content depends on, cheaply: how many producers match, when the newest of them
 * changed, and the sizes / last changes of the tables joined in. Used for a weak ETag, so a client
 * does not download an unchanged export again.
 */
export async function exportFingerprint(db: Db, filter: DirectoryFilter): Promise<string> {
	const [main] = await db
		.select({ n: count(), last: max(producers.updatedAt) })
		.from(producers)
		.where(directoryWhere(db, filter));
	const [prod] = await db.select({ n: count(), last: max(products.updatedAt) }).from(products);
	const [cats] = await db.select({ n: count() }).from(producerCategories);
	const [labs] = await db.select({ n: count(), values: sql<string>`coalesce(sum(length(${producerLabels.value})), 0)` }).from(producerLabels);
	const when = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : '-');
	return [toNumber(main?.n), when(main?.last), toNumber(prod?.n), when(prod?.last), toNumber(cats?.n), toNumber(labs?.n), String(labs?.values)].join(
		'/'
	);
}


export type FeedProducerRow = {
	id: string;
	slug: string;
	name: string;
	description: LocalizedText;
	publishedAt: Date | null;
	updatedAt: Date;
};

/** The most recently published producers of a selection (only published ones have publishedAt). */
export async function listNewlyPublished(db: Db, filter: DirectoryFilter, limit: number): Promise<FeedProducerRow[]> {
	return db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			description: producers.description,
			publishedAt: producers.publishedAt,
			updatedAt: producers.updatedAt
		})
		.from(producers)
		.where(directoryWhere(db, filter))
		.orderBy(sql`${producers.publishedAt} desc nulls last`, ...byName)
		.limit(limit);
}
