import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	labels,
	organisationProducers,
	organisations,
	producerCategories,
	producerLabels,
	producerSalesPoints,
	salesPoints
} from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';
import { storedLocationSelection } from '$lib/server/listings/listing-table';

/** Rows of the tables that link a producer to categories, labels, sales points and organisations. */

export async function listCategoryLinks(db: Db, producerIds: readonly string[]): Promise<{ producerId: string; categoryId: number }[]> {
	if (producerIds.length === 0) return [];
	return db
		.select({ producerId: producerCategories.producerId, categoryId: producerCategories.categoryId })
		.from(producerCategories)
		.where(inArray(producerCategories.producerId, [...producerIds]));
}

export type ProducerLabelRow = { slug: string; name: LocalizedText; value: string | null };

export async function listLabelsOfProducer(db: Db, producerId: string): Promise<ProducerLabelRow[]> {
	return db
		.select({ slug: labels.slug, name: labels.name, value: producerLabels.value })
		.from(producerLabels)
		.innerJoin(labels, eq(labels.id, producerLabels.labelId))
		.where(eq(producerLabels.producerId, producerId))
		.orderBy(asc(labels.sortOrder), asc(labels.id));
}

export type SalesPointKind = (typeof salesPoints.kind.enumValues)[number];

export type LinkedSalesPointRow = StoredLocationColumns & {
	slug: string;
	name: string;
	kind: SalesPointKind;
	openingHours: string;
	hoursNote: LocalizedText | null;
	note: LocalizedText | null;
};

/** Published sales points where the producer sells, in Latvian name order. */
export async function listSalesPointsOfProducer(db: Db, producerId: string): Promise<LinkedSalesPointRow[]> {
	return db
		.select({
			slug: salesPoints.slug,
			name: salesPoints.name,
			kind: salesPoints.kind,
			openingHours: salesPoints.openingHours,
			hoursNote: salesPoints.hoursNote,
			note: producerSalesPoints.note,
			...storedLocationSelection(salesPoints)
		})
		.from(producerSalesPoints)
		.innerJoin(salesPoints, eq(salesPoints.id, producerSalesPoints.salesPointId))
		.where(and(eq(producerSalesPoints.producerId, producerId), eq(salesPoints.status, 'published')))
		.orderBy(sql`${salesPoints.sortKey} collate "C"`, salesPoints.slug);
}

export async function listOrganisationsOfProducer(db: Db, producerId: string): Promise<{ slug: string; name: string }[]> {
	return db
		.select({ slug: organisations.slug, name: organisations.name })
		.from(organisationProducers)
		.innerJoin(organisations, eq(organisations.id, organisationProducers.organisationId))
		.where(and(eq(organisationProducers.producerId, producerId), eq(organisations.status, 'published')))
		.orderBy(sql`${organisations.sortKey} collate "C"`, organisations.slug);
}
