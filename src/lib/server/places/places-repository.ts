import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { organisations, places } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';

export type PlaceKind = (typeof places.kind.enumValues)[number];
export const PLACE_KINDS: readonly PlaceKind[] = places.kind.enumValues;

export type PlaceFilter = { kind?: PlaceKind; municipalityIds?: readonly number[]; operatorId?: string };

export type PlaceListRow = StoredLocationColumns & {
	id: string;
	slug: string;
	name: string;
	kind: PlaceKind;
	isDemo: boolean;
};

export type PlaceRow = PlaceListRow & {
	description: LocalizedText;
	amenities: string[];
	operatorName: string | null;
	/** Set only when the operator is a published organisation (a link target). */
	operatorSlug: string | null;
	operatorOrganisationName: string | null;
	openingHours: string;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

const listColumns = {
	id: places.id,
	slug: places.slug,
	name: places.name,
	kind: places.kind,
	isDemo: places.isDemo,
	municipalityId: places.municipalityId,
	localityId: places.localityId,
	address: places.address,
	lat: places.lat,
	lng: places.lng,
	locationPrecision: places.locationPrecision
};

function where(filter: PlaceFilter): SQL | undefined {
	return and(
		eq(places.status, 'published'),
		filter.kind ? eq(places.kind, filter.kind) : undefined,
		filter.municipalityIds ? inArray(places.municipalityId, filter.municipalityIds.length ? [...filter.municipalityIds] : [-1]) : undefined,
		filter.operatorId ? eq(places.operatorId, filter.operatorId) : undefined
	);
}

export async function listPlaces(db: Db, filter: PlaceFilter, limit: number, offset = 0): Promise<PlaceListRow[]> {
	return db
		.select(listColumns)
		.from(places)
		.where(where(filter))
		.orderBy(sql`${places.sortKey} collate "C"`, places.slug)
		.limit(limit)
		.offset(offset);
}

export async function countPlaces(db: Db, filter: PlaceFilter): Promise<number> {
	const [row] = await db.select({ n: count() }).from(places).where(where(filter));
	return toNumber(row?.n);
}

export async function findPublishedPlace(db: Db, slug: string): Promise<PlaceRow | undefined> {
	const [row] = await db
		.select({
			...listColumns,
			description: places.description,
			amenities: places.amenities,
			operatorName: places.operatorName,
			// An unpublished operator must not leak its name or slug, hence the condition in the join.
			operatorSlug: organisations.slug,
			operatorOrganisationName: organisations.name,
			openingHours: places.openingHours,
			phone: places.phone,
			email: places.email,
			website: places.website,
			facebook: places.facebook,
			instagram: places.instagram
		})
		.from(places)
		.leftJoin(organisations, and(eq(organisations.id, places.operatorId), eq(organisations.status, 'published')))
		.where(and(eq(places.slug, slug), eq(places.status, 'published')))
		.limit(1);
	return row;
}
