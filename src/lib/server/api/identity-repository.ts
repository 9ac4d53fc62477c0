import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { organisations, places, producers, salesPoints, territories } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';

/**
 * The few columns the API shows that the page flows do not carry: stable ids, the partner's
 * external id, and the successor of a historical municipality. Published rows only.
 */

export async function findPublishedProducerIdentity(db: Db, slug: string): Promise<{ id: string; externalId: string | null } | undefined> {
	const [row] = await db
		.select({ id: producers.id, externalId: producers.externalId })
		.from(producers)
		.where(and(eq(producers.slug, slug), eq(producers.status, 'published')))
		.limit(1);
	return row;
}

/** External ids of those producers that have one. */
export async function listExternalIds(db: Db, producerIds: readonly string[]): Promise<Map<string, string>> {
	if (producerIds.length === 0) return new Map();
	const rows = await db
		.select({ id: producers.id, externalId: producers.externalId })
		.from(producers)
		.where(and(inArray(producers.id, [...producerIds]), isNotNull(producers.externalId)));
	return new Map(rows.flatMap((r) => (r.externalId ? [[r.id, r.externalId] as const] : [])));
}

export async function findPublishedSalesPointId(db: Db, slug: string): Promise<string | undefined> {
	const [row] = await db
		.select({ id: salesPoints.id })
		.from(salesPoints)
		.where(and(eq(salesPoints.slug, slug), eq(salesPoints.status, 'published')))
		.limit(1);
	return row?.id;
}

export async function findPublishedOrganisationId(db: Db, slug: string): Promise<string | undefined> {
	const [row] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.slug, slug), eq(organisations.status, 'published')))
		.limit(1);
	return row?.id;
}

export async function findPublishedPlaceId(db: Db, slug: string): Promise<string | undefined> {
	const [row] = await db
		.select({ id: places.id })
		.from(places)
		.where(and(eq(places.slug, slug), eq(places.status, 'published')))
		.limit(1);
	return row?.id;
}

export type HistoricalMunicipalityRow = {
	id: number;
	slug: string;
	name: LocalizedText;
	successorId: number;
	successorKind: (typeof territories.kind.enumValues)[number];
};

/** Pre-2021 (and merged) municipalities with the territory each name passed to (one hop). */
export async function listHistoricalMunicipalities(db: Db): Promise<HistoricalMunicipalityRow[]> {
	const successor = alias(territories, 'successor');
	return db
		.select({
			id: territories.id,
			slug: territories.slug,
			name: territories.name,
			successorId: successor.id,
			successorKind: successor.kind
		})
		.from(territories)
		.innerJoin(successor, eq(successor.id, territories.successorId))
		.where(eq(territories.kind, 'historical_municipality'))
		.orderBy(territories.id);
}
