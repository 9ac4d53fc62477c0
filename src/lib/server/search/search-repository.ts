import { and, eq, ilike, inArray, ne, or, type SQL } from 'drizzle-orm';
import { producerCategories, producers, products, territories } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { ProducerHit } from './domain';

/**
 * Interim search: ILIKE on the folded search_text / search_name columns with a folded pattern
 * (see domain.ts). A later issue replaces this with ranked full-text search.
 */

const hitColumns = { id: producers.id, name: producers.name, sortKey: producers.sortKey };
const published = eq(producers.status, 'published');

export async function producersByText(db: Db, pattern: string, cap: number): Promise<ProducerHit[]> {
	return db.select(hitColumns).from(producers).where(and(published, ilike(producers.searchText, pattern))).limit(cap);
}

export async function producersByProducts(db: Db, pattern: string, cap: number): Promise<ProducerHit[]> {
	return db
		.selectDistinct(hitColumns)
		.from(products)
		.innerJoin(producers, eq(producers.id, products.producerId))
		.where(and(published, ilike(products.searchText, pattern)))
		.limit(cap);
}

export async function producersByCategories(db: Db, categoryIds: readonly number[], cap: number): Promise<ProducerHit[]> {
	if (categoryIds.length === 0) return [];
	const ids = [...categoryIds];
	return db
		.select(hitColumns)
		.from(producers)
		.where(
			and(
				published,
				or(
					inArray(producers.id, db.select({ id: producerCategories.producerId }).from(producerCategories).where(inArray(producerCategories.categoryId, ids))),
					inArray(producers.id, db.select({ id: products.producerId }).from(products).where(inArray(products.categoryId, ids)))
				)
			)
		)
		.limit(cap);
}

const PLACE_KINDS = ['planning_region', 'municipality', 'town', 'parish', 'village'] as const;

export async function placesByName(db: Db, pattern: string, cap: number): Promise<{ id: number; kind: string }[]> {
	return db
		.select({ id: territories.id, kind: territories.kind })
		.from(territories)
		.where(and(inArray(territories.kind, [...PLACE_KINDS]), ilike(territories.searchName, pattern)))
		.limit(cap);
}

/**
 * Producers in matching regions or municipalities, or in matching localities when they show their
 * locality: finding a producer by a village name it chose to hide would reveal that village.
 */
export async function producersInPlaces(
	db: Db,
	places: { regionIds: readonly number[]; municipalityIds: readonly number[]; localityIds: readonly number[] },
	cap: number
): Promise<ProducerHit[]> {
	const { regionIds, municipalityIds, localityIds } = places;
	const conditions: SQL[] = [];
	if (regionIds.length) {
		const inRegions = db.select({ id: territories.id }).from(territories).where(inArray(territories.parentId, [...regionIds]));
		conditions.push(inArray(producers.municipalityId, inRegions));
	}
	if (municipalityIds.length) conditions.push(inArray(producers.municipalityId, [...municipalityIds]));
	if (localityIds.length) {
		conditions.push(and(inArray(producers.localityId, [...localityIds]), ne(producers.locationPrecision, 'municipality'))!);
	}
	if (conditions.length === 0) return [];
	return db.select(hitColumns).from(producers).where(and(published, or(...conditions))).limit(cap);
}
