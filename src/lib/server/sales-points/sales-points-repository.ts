import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { salesPoints } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import type { LocalizedText } from '$lib/domain/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';

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

const listColumns = {
	id: salesPoints.id,
	slug: salesPoints.slug,
	name: salesPoints.name,
	kind: salesPoints.kind,
	isDemo: salesPoints.isDemo,
	municipalityId: salesPoints.municipalityId,
	localityId: salesPoints.localityId,
	address: salesPoints.address,
	lat: salesPoints.lat,
	lng: salesPoints.lng,
	locationPrecision: salesPoints.locationPrecision
};

function where(filter: SalesPointFilter): SQL | undefined {
	return and(
		eq(salesPoints.status, 'published'),
		filter.kind ? eq(salesPoints.kind, filter.kind) : undefined,
		filter.municipalityIds ? inArray(salesPoints.municipalityId, filter.municipalityIds.length ? [...filter.municipalityIds] : [-1]) : undefined
	);
}

export async function listSalesPoints(db: Db, filter: SalesPointFilter, limit: number, offset = 0): Promise<SalesPointListRow[]> {
	return db
		.select(listColumns)
		.from(salesPoints)
		.where(where(filter))
		.orderBy(sql`${salesPoints.sortKey} collate "C"`, salesPoints.slug)
		.limit(limit)
		.offset(offset);
}

export async function countSalesPoints(db: Db, filter: SalesPointFilter): Promise<number> {
	const [row] = await db.select({ n: count() }).from(salesPoints).where(where(filter));
	return toNumber(row?.n);
}

export async function findPublishedSalesPoint(db: Db, slug: string): Promise<SalesPointRow | undefined> {
	const [row] = await db
		.select({
			...listColumns,
			description: salesPoints.description,
			openingHours: salesPoints.openingHours,
			hoursNote: salesPoints.hoursNote,
			phone: salesPoints.phone,
			email: salesPoints.email,
			website: salesPoints.website,
			facebook: salesPoints.facebook,
			instagram: salesPoints.instagram
		})
		.from(salesPoints)
		.where(and(eq(salesPoints.slug, slug), eq(salesPoints.status, 'published')))
		.limit(1);
	return row;
}
