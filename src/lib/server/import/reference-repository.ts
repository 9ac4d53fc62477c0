/**
 * What an import compares rows against, read in a few whole-table queries (set-based, also at
 * 100,000 rows): territories, categories, labels and a compact view of the existing producers.
 */
import { sql } from 'drizzle-orm';
import { categories, labels, producers, territories } from '../db/schema';
import type { Db } from '../db/types';
import type { CategoryInput } from '../search';
import type { LabelRow } from './taxonomy-match';
import type { TerritoryRow } from './territory-match';

export async function loadTerritoryRows(db: Db): Promise<TerritoryRow[]> {
	return db
		.select({ id: territories.id, kind: territories.kind, parentId: territories.parentId, successorId: territories.successorId, slug: territories.slug, name: territories.name })
		.from(territories);
}

export async function loadCategoryRows(db: Db): Promise<CategoryInput[]> {
	return db.select({ id: categories.id, slug: categories.slug, parentId: categories.parentId, name: categories.name, keywords: categories.keywords }).from(categories);
}

export async function loadLabelRows(db: Db): Promise<LabelRow[]> {
	return db.select({ id: labels.id, slug: labels.slug, name: labels.name, hasValue: labels.hasValue }).from(labels);
}

export type ExistingProducer = {
	id: string;
	slug: string;
	name: string;
	externalId: string | null;
	municipalityId: number;
	phone: string | null;
	email: string | null;
};

export async function loadExistingProducers(db: Db): Promise<ExistingProducer[]> {
	return db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			externalId: producers.externalId,
			municipalityId: producers.municipalityId,
			phone: producers.phone,
			email: producers.email
		})
		.from(producers);
}

/** A JSON array as one query parameter: no parameter-count limit, same on PGlite and node-postgres. */
export const jsonArray = (values: readonly unknown[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
