import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import { toNumber, type Db } from '$lib/server/db/types';
import type { StoredLocationColumns } from '$lib/server/geography/public-locations';

/**
 * One list, count and detail query for the listing tables (organisations, places, sales points),
 * which differ only in their names, kinds, filters and detail columns. Each repository describes
 * its table once (a `ListingTable`) and keeps naming its own columns: nothing here selects a whole row.
 */

/** The columns every listing table has under the same names. */
type ListingColumns = {
	id: PgColumn;
	slug: PgColumn;
	name: PgColumn;
	kind: PgColumn;
	isDemo: PgColumn;
	status: PgColumn;
	sortKey: PgColumn;
	municipalityId: PgColumn;
	localityId: PgColumn;
	address: PgColumn;
	lat: PgColumn;
	lng: PgColumn;
	locationPrecision: PgColumn;
	phone: PgColumn;
	email: PgColumn;
	website: PgColumn;
	facebook: PgColumn;
	instagram: PgColumn;
};

/** A list row: what a card shows, and the stored location `publicLocation()` turns into a public one. */
type LocationColumn = 'municipalityId' | 'localityId' | 'address' | 'lat' | 'lng' | 'locationPrecision';
type ListColumn = 'id' | 'slug' | 'name' | 'kind' | 'isDemo' | LocationColumn;
type ContactColumn = 'phone' | 'email' | 'website' | 'facebook' | 'instagram';

/** The stored location columns (`StoredLocationColumns`) that `publicLocation()` reads. */
export function storedLocationSelection<T extends ListingColumns>(t: T): Pick<T, LocationColumn> {
	return { municipalityId: t.municipalityId, localityId: t.localityId, address: t.address, lat: t.lat, lng: t.lng, locationPrecision: t.locationPrecision };
}

/** The list columns of a listing table (also the producers' card columns). */
export function listingColumns<T extends ListingColumns>(t: T): Pick<T, ListColumn> {
	return { id: t.id, slug: t.slug, name: t.name, kind: t.kind, isDemo: t.isDemo, ...storedLocationSelection(t) };
}

/** The contact columns a detail page shows (`contactsOf` makes them page data). */
export function contactSelection<T extends ListingColumns>(t: T): Pick<T, ContactColumn> {
	return { phone: t.phone, email: t.email, website: t.website, facebook: t.facebook, instagram: t.instagram };
}

type ListingTable<Filter, Columns extends Record<string, PgColumn>> = {
	table: PgTable & ListingColumns;
	listColumns: Columns;
	/** The filter's conditions; "published" is always added. */
	conditions: (filter: Filter) => (SQL | undefined)[];
};

/** A list row of a listing table whose kinds are `K`. */
export type ListingRow<K extends string> = StoredLocationColumns & { id: string; slug: string; name: string; kind: K; isDemo: boolean };

/**
 * A listing table's repository functions: its list columns are the shared ones (`listingColumns`),
 * its filter conditions and detail columns its own. Repositories export them under their own names
 * with their row types, so Drizzle still checks each column list against the declared row.
 */
export function listingRepository<T extends PgTable & ListingColumns, Filter, D extends Record<string, PgColumn>>(spec: {
	table: T;
	conditions: (filter: Filter) => (SQL | undefined)[];
	detailColumns: D;
	join?: { table: PgTable; on: SQL };
}) {
	const t: ListingTable<Filter, Pick<T, ListColumn>> = { table: spec.table, listColumns: listingColumns(spec.table), conditions: spec.conditions };
	return {
		list: (db: Db, filter: Filter, limit: number, offset = 0) => listListingRows(db, t, filter, limit, offset),
		count: (db: Db, filter: Filter) => countListingRows(db, t, filter),
		findPublished: (db: Db, slug: string) => findPublishedListing(db, t, slug, spec.detailColumns, spec.join)
	};
}

/** `column IN (…)`; an empty list selects nothing (a filter that matched no territory). */
export function inList(column: PgColumn, values: readonly (string | number)[] | undefined): SQL | undefined {
	if (!values) return undefined;
	return values.length ? inArray(column, [...values]) : sql`false`;
}

function where<F>(t: ListingTable<F, Record<string, PgColumn>>, filter: F): SQL | undefined {
	return and(eq(t.table.status, 'published'), ...t.conditions(filter));
}

/** Published rows in Latvian order (sort key, then slug for a stable page boundary). */
async function listListingRows<F, C extends Record<string, PgColumn>>(
	db: Db,
	t: ListingTable<F, C>,
	filter: F,
	limit: number,
	offset = 0
): Promise<SelectResultFields<C>[]> {
	const rows = await db
		.select(t.listColumns as Record<string, PgColumn>)
		.from(t.table)
		.where(where(t, filter))
		.orderBy(sql`${t.table.sortKey} collate "C"`, t.table.slug)
		.limit(limit)
		.offset(offset);
	// Drizzle cannot infer a generic selection's row type; it is the one `SelectResultFields` names.
	return rows as SelectResultFields<C>[];
}

async function countListingRows<F>(db: Db, t: ListingTable<F, Record<string, PgColumn>>, filter: F): Promise<number> {
	const [row] = await db.select({ n: count() }).from(t.table).where(where(t, filter));
	return toNumber(row?.n);
}

/**
 * One published row by slug with the list columns and the given detail columns. `join` adds a
 * left join (a place's operator); its condition must itself require what may be shown.
 */
async function findPublishedListing<F, C extends Record<string, PgColumn>, D extends Record<string, PgColumn>>(
	db: Db,
	t: ListingTable<F, C>,
	slug: string,
	detailColumns: D,
	join?: { table: PgTable; on: SQL }
): Promise<SelectResultFields<C & D> | undefined> {
	const query = db
		.select({ ...t.listColumns, ...detailColumns } as Record<string, PgColumn>)
		.from(t.table)
		.$dynamic();
	if (join) query.leftJoin(join.table, join.on);
	const [row] = await query.where(and(eq(t.table.slug, slug), eq(t.table.status, 'published'))).limit(1);
	return row as SelectResultFields<C & D> | undefined;
}
