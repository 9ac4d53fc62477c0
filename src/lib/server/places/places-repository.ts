import { and, eq } from 'drizzle-orm';
import { organisations, places } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';
import {
	contactSelection,
	countListingRows,
	findPublishedListing,
	inList,
	listingColumns,
	listingTable,
	listListingRows
} from '$lib/server/listings/listing-table';

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

const table = listingTable({
	table: places,
	listColumns: listingColumns(places),
	conditions: (filter: PlaceFilter) => [
		filter.kind ? eq(places.kind, filter.kind) : undefined,
		inList(places.municipalityId, filter.municipalityIds),
		filter.operatorId ? eq(places.operatorId, filter.operatorId) : undefined
	]
});

export function listPlaces(db: Db, filter: PlaceFilter, limit: number, offset = 0): Promise<PlaceListRow[]> {
	return listListingRows(db, table, filter, limit, offset);
}

export function countPlaces(db: Db, filter: PlaceFilter): Promise<number> {
	return countListingRows(db, table, filter);
}

export function findPublishedPlace(db: Db, slug: string): Promise<PlaceRow | undefined> {
	return findPublishedListing(
		db,
		table,
		slug,
		{
			description: places.description,
			amenities: places.amenities,
			operatorName: places.operatorName,
			operatorSlug: organisations.slug,
			operatorOrganisationName: organisations.name,
			openingHours: places.openingHours,
			...contactSelection(places)
		},
		// An unpublished operator must not leak its name or slug, hence the condition in the join.
		{ table: organisations, on: and(eq(organisations.id, places.operatorId), eq(organisations.status, 'published'))! }
	);
}
