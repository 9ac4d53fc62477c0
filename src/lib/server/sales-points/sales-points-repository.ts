import { eq } from 'drizzle-orm';
import { salesPoints } from '$lib/server/db/schema';
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

export type SalesPointKind = (typeof salesPoints.kind.enumValues)[number];
export const SALES_POINT_KINDS: readonly SalesPointKind[] = salesPoints.kind.enumValues;

export type SalesPointFilter = { kind?: SalesPointKind; municipalityIds?: readonly number[] };

export type SalesPointListRow = StoredLocationColumns & {
	id: string;
	slug: string;
	name: string;
	kind: SalesPointKind;
	isDemo: boolean;
};

export type SalesPointRow = SalesPointListRow & {
	description: LocalizedText | null;
	openingHours: string;
	hoursNote: LocalizedText | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
};

const table = listingTable({
	table: salesPoints,
	listColumns: listingColumns(salesPoints),
	conditions: (filter: SalesPointFilter) => [
		filter.kind ? eq(salesPoints.kind, filter.kind) : undefined,
		inList(salesPoints.municipalityId, filter.municipalityIds)
	]
});

export function listSalesPoints(db: Db, filter: SalesPointFilter, limit: number, offset = 0): Promise<SalesPointListRow[]> {
	return listListingRows(db, table, filter, limit, offset);
}

export function countSalesPoints(db: Db, filter: SalesPointFilter): Promise<number> {
	return countListingRows(db, table, filter);
}

export function findPublishedSalesPoint(db: Db, slug: string): Promise<SalesPointRow | undefined> {
	return findPublishedListing(db, table, slug, {
		description: salesPoints.description,
		openingHours: salesPoints.openingHours,
		hoursNote: salesPoints.hoursNote,
		...contactSelection(salesPoints)
	});
}
