import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { producerCategories, producerLabels, producers, products, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';
import { contactSelection, listingColumns } from '$lib/server/listings/listing-table';
import type { ProducerSelection } from '$lib/server/search';

export type ProducerKind = (typeof producers.kind.enumValues)[number];
export const PRODUCER_KINDS: readonly ProducerKind[] = producers.kind.enumValues;

/** The directory's filters: the search port's selection of producers, with the kind typed. */
export type DirectoryFilter = Omit<ProducerSelection, 'kind'> & { kind?: ProducerKind };
export type DirectorySort = 'name' | 'newest';

/** Stored location columns are selected for publicLocation() only; they never leave the flow. */
export type ProducerCardRow = StoredLocationColumns & {
	id: string;
	slug: string;
	name: string;
	kind: ProducerKind;
	isDemo: boolean;
};

const cardColumns = listingColumns(producers);

const published = eq(producers.status, 'published');
/** Latvian order: a key computed in TypeScript, compared byte-wise (SQL collations get ā, č wrong). */
const byName = [sql`${producers.sortKey} collate "C"`, producers.slug] as const;

/**
 * A producer is "in" a category when it is tagged with it or sells a product of it, so a producer
 * whose tags lag behind its products is still found.
 */
function inCategories(db: Db, ids: readonly number[]): SQL | undefined {
	const list = ids.length ? [...ids] : [-1];
	return or(
		inArray(producers.id, db.select({ id: producerCategories.producerId }).from(producerCategories).where(inArray(producerCategories.categoryId, list))),
		inArray(producers.id, db.select({ id: products.producerId }).from(products).where(inArray(products.categoryId, list)))
	);
}

/** The directory's filters as SQL; the map clusters the same selection (src/lib/server/map). */
export function directoryWhere(db: Db, f: DirectoryFilter): SQL | undefined {
	return and(
		published,
		f.kind ? eq(producers.kind, f.kind) : undefined,
		f.municipalityId !== undefined ? eq(producers.municipalityId, f.municipalityId) : undefined,
		f.regionId !== undefined
			? inArray(producers.municipalityId, db.select({ id: territories.id }).from(territories).where(eq(territories.parentId, f.regionId)))
			: undefined,
		f.categoryIds ? inCategories(db, f.categoryIds) : undefined,
		f.labelId !== undefined
			? inArray(producers.id, db.select({ id: producerLabels.producerId }).from(producerLabels).where(eq(producerLabels.labelId, f.labelId)))
			: undefined
	);
}

export async function listDirectory(
	db: Db,
	filter: DirectoryFilter,
	sort: DirectorySort,
	limit: number,
	offset: number
): Promise<ProducerCardRow[]> {
	const order = sort === 'newest' ? [sql`${producers.publishedAt} desc nulls last`, ...byName] : byName;
	return db.select(cardColumns).from(producers).where(directoryWhere(db, filter)).orderBy(...order).limit(limit).offset(offset);
}

export async function countDirectory(db: Db, filter: DirectoryFilter): Promise<number> {
	const [row] = await db.select({ n: count() }).from(producers).where(directoryWhere(db, filter));
	return toNumber(row?.n);
}

export async function listNewest(db: Db, limit: number): Promise<ProducerCardRow[]> {
	return db
		.select(cardColumns)
		.from(producers)
		.where(published)
		.orderBy(desc(producers.publishedAt), ...byName)
		.limit(limit);
}

/** Published producers by id, in no particular order (the caller ranks them). */
export async function listCardRowsByIds(db: Db, ids: readonly string[]): Promise<ProducerCardRow[]> {
	if (ids.length === 0) return [];
	return db.select(cardColumns).from(producers).where(and(published, inArray(producers.id, [...ids])));
}

export type ProducerRow = ProducerCardRow & {
	description: LocalizedText;
	foundedYear: number | null;
	/** Only for the Moldovan postal address the page builds (moldovanProducerAddress); never sent as is. */
	postalCode: string | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

export async function findPublishedProducer(db: Db, slug: string): Promise<ProducerRow | undefined> {
	const [row] = await db
		.select({
			...cardColumns,
			description: producers.description,
			foundedYear: producers.foundedYear,
			postalCode: producers.postalCode,
			...contactSelection(producers)
		})
		.from(producers)
		.where(and(eq(producers.slug, slug), published))
		.limit(1);
	return row;
}

