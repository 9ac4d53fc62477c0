import { eq } from 'drizzle-orm';
import { salesPoints } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { Contacts } from '$lib/contracts/listings/types';
import { contactSelection, inList, listingRepository, type ListingRow } from '$lib/server/listings/listing-table';

export type SalesPointKind = (typeof salesPoints.kind.enumValues)[number];
export const SALES_POINT_KINDS: readonly SalesPointKind[] = salesPoints.kind.enumValues;

export type SalesPointFilter = { kind?: SalesPointKind; municipalityIds?: readonly number[] };

export type SalesPointListRow = ListingRow<SalesPointKind>;

export type SalesPointRow = SalesPointListRow &
	Contacts & {
		description: LocalizedText | null;
		openingHours: string;
		hoursNote: LocalizedText | null;
	};

const repository = listingRepository({
	table: salesPoints,
	conditions: (filter: SalesPointFilter) => [
		filter.kind ? eq(salesPoints.kind, filter.kind) : undefined,
		inList(salesPoints.municipalityId, filter.municipalityIds)
	],
	detailColumns: {
		description: salesPoints.description,
		openingHours: salesPoints.openingHours,
		hoursNote: salesPoints.hoursNote,
		...contactSelection(salesPoints)
	}
});

export const listSalesPoints: (db: Db, filter: SalesPointFilter, limit: number, offset?: number) => Promise<SalesPointListRow[]> =
	repository.list;
export const countSalesPoints: (db: Db, filter: SalesPointFilter) => Promise<number> = repository.count;
export const findPublishedSalesPoint: (db: Db, slug: string) => Promise<SalesPointRow | undefined> = repository.findPublished;
