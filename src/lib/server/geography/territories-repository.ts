import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { territories } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type TerritoryKind = (typeof territories.kind.enumValues)[number];

export type TerritoryRow = {
	id: number;
	kind: TerritoryKind;
	/** 'LV' or 'MD': which country's tree the row belongs to, read without a walk up to the country row. */
	countryCode: string;
	slug: string;
	name: LocalizedText;
	subkind: string | null;
	parentId: number | null;
	lat: number | null;
	lng: number | null;
};

/** The columns of a `TerritoryRow`, for every query that reads territories as rows. */
export const territoryColumns = {
	id: territories.id,
	kind: territories.kind,
	countryCode: territories.countryCode,
	slug: territories.slug,
	name: territories.name,
	subkind: territories.subkind,
	parentId: territories.parentId,
	lat: territories.lat,
	lng: territories.lng
};

/** Latvian alphabetical order: the stored key compared byte-wise (SQL collations get ā, č wrong). */
const latvianOrder = sql`${territories.sortKey} collate "C"`;

export async function findTerritoryBySlug(db: Db, kind: TerritoryKind, slug: string): Promise<TerritoryRow | undefined> {
	const [row] = await db
		.select(territoryColumns)
		.from(territories)
		.where(and(eq(territories.kind, kind), eq(territories.slug, slug)))
		.orderBy(territories.id)
		.limit(1);
	return row;
}

/** The territory of one of `kinds` with this slug, in one query (a novads or a raion behind one URL). */
export async function findTerritoryBySlugOfKinds(db: Db, kinds: readonly TerritoryKind[], slug: string): Promise<TerritoryRow | undefined> {
	const [row] = await db
		.select(territoryColumns)
		.from(territories)
		.where(and(inArray(territories.kind, [...kinds]), eq(territories.slug, slug)))
		.orderBy(territories.id)
		.limit(1);
	return row;
}

/** A historical name's successor (one hop; the caller follows a chain if a successor was itself merged). */
export async function findSuccessorOfHistorical(db: Db, slug: string): Promise<{ kind: TerritoryKind; slug: string } | undefined> {
	const successor = alias(territories, 'successor');
	const [row] = await db
		.select({ kind: successor.kind, slug: successor.slug })
		.from(territories)
		.innerJoin(successor, eq(successor.id, territories.successorId))
		.where(and(eq(territories.kind, 'historical_municipality'), eq(territories.slug, slug)))
		.orderBy(territories.id)
		.limit(1);
	return row;
}

export async function listTerritoriesByKind(db: Db, kind: TerritoryKind): Promise<TerritoryRow[]> {
	return db
		.select(territoryColumns)
		.from(territories)
		.where(and(eq(territories.kind, kind)))
		.orderBy(latvianOrder, territories.id);
}

export async function listTerritoriesByKinds(db: Db, kinds: readonly TerritoryKind[]): Promise<TerritoryRow[]> {
	return db
		.select(territoryColumns)
		.from(territories)
		.where(inArray(territories.kind, [...kinds]))
		.orderBy(latvianOrder, territories.id);
}

export async function listChildren(db: Db, parentId: number, kinds: TerritoryKind[]): Promise<TerritoryRow[]> {
	return db
		.select(territoryColumns)
		.from(territories)
		.where(and(eq(territories.parentId, parentId), inArray(territories.kind, kinds)))
		.orderBy(latvianOrder, territories.id);
}

export async function listHistoricalNamesOf(db: Db, successorId: number): Promise<TerritoryRow[]> {
	return db
		.select(territoryColumns)
		.from(territories)
		.where(and(eq(territories.kind, 'historical_municipality'), eq(territories.successorId, successorId)))
		.orderBy(latvianOrder, territories.id);
}

export async function listTerritoriesByIds(db: Db, ids: readonly number[]): Promise<TerritoryRow[]> {
	if (ids.length === 0) return [];
	return db
		.select(territoryColumns)
		.from(territories)
		.where(inArray(territories.id, [...new Set(ids)]));
}
