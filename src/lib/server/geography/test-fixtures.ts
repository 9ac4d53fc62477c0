import { and, eq } from 'drizzle-orm';
import {
	organisationProducers,
	organisations,
	organisationTerritories,
	places,
	producerSalesPoints,
	producers,
	salesPoints,
	territories
} from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText, LocationPrecision } from '$lib/domain/types';
import { latvianSortKey } from '$lib/text/collation';

/**
 * Small, explicit rows for the data-layer tests of the listing features, on top of the migrated
 * reference geography: each test states the precision, status and links it depends on.
 */
type Located = {
	slug: string;
	name: string;
	municipality: string;
	locality?: string;
	precision?: LocationPrecision;
	address?: string;
	lat?: number;
	lng?: number;
	status?: 'published' | 'pending' | 'draft';
};

export async function territoryId(db: Db, kind: 'municipality' | 'parish' | 'town' | 'planning_region' | 'country', slug: string): Promise<number> {
	const [row] = await db
		.select({ id: territories.id })
		.from(territories)
		.where(and(eq(territories.kind, kind), eq(territories.slug, slug)))
		.limit(1);
	if (!row) throw new Error(`No ${kind} "${slug}" in the reference geography`);
	return row.id;
}

async function location(db: Db, x: Located) {
	return {
		municipalityId: await territoryId(db, 'municipality', x.municipality),
		localityId: x.locality ? await territoryId(db, 'parish', x.locality).catch(() => territoryId(db, 'town', x.locality!)) : null,
		address: x.address ?? null,
		lat: x.lat ?? null,
		lng: x.lng ?? null,
		locationPrecision: x.precision ?? 'exact',
		status: x.status ?? 'published',
		sortKey: latvianSortKey(x.name),
		searchText: x.name.toLowerCase()
	};
}

export async function addProducer(db: Db, x: Located & { kind?: 'home_producer' | 'farm' | 'craftsman' }): Promise<string> {
	const [row] = await db
		.insert(producers)
		.values({ slug: x.slug, name: x.name, kind: x.kind ?? 'home_producer', description: { lv: x.name }, ...(await location(db, x)) })
		.returning({ id: producers.id });
	return row.id;
}

export async function addSalesPoint(
	db: Db,
	x: Located & { kind?: 'market' | 'farm_gate' | 'shop' | 'e_shop'; hours?: string; description?: LocalizedText; website?: string }
): Promise<string> {
	const [row] = await db
		.insert(salesPoints)
		.values({
			slug: x.slug,
			name: x.name,
			kind: x.kind ?? 'market',
			description: x.description ?? null,
			openingHours: x.hours ?? '',
			website: x.website ?? null,
			...(await location(db, x))
		})
		.returning({ id: salesPoints.id });
	return row.id;
}

export async function linkProducerToSalesPoint(db: Db, producerId: string, salesPointId: string, note?: LocalizedText): Promise<void> {
	await db.insert(producerSalesPoints).values({ producerId, salesPointId, note: note ?? null });
}

export async function addOrganisation(
	db: Db,
	x: Located & { kind?: 'association' | 'lag' | 'ngo'; hours?: string; covers?: number[]; producerIds?: string[] }
): Promise<string> {
	const [row] = await db
		.insert(organisations)
		.values({ slug: x.slug, name: x.name, kind: x.kind ?? 'lag', description: { lv: x.name }, officeHours: x.hours ?? '', ...(await location(db, x)) })
		.returning({ id: organisations.id });
	for (const territoryId of x.covers ?? []) await db.insert(organisationTerritories).values({ organisationId: row.id, territoryId });
	for (const producerId of x.producerIds ?? []) await db.insert(organisationProducers).values({ organisationId: row.id, producerId });
	return row.id;
}

export async function addPlace(db: Db, x: Located & { amenities?: string[]; operatorId?: string; operatorName?: string }): Promise<string> {
	const [row] = await db
		.insert(places)
		.values({
			slug: x.slug,
			name: x.name,
			kind: 'coworking',
			description: { lv: x.name },
			amenities: x.amenities ?? [],
			operatorId: x.operatorId ?? null,
			operatorName: x.operatorName ?? null,
			...(await location(db, x))
		})
		.returning({ id: places.id });
	return row.id;
}
