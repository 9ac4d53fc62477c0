import { and, asc, eq, inArray, sql, type AnyColumn } from 'drizzle-orm';
import { places, producers, salesPoints, territories } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

/** Latvian order: the stored sort key compared byte-wise (docs/architecture.md). */
const byName = (key: AnyColumn) => sql`${key} COLLATE "C"`;

export type StopKind = 'producer' | 'sales_point' | 'place';
const TABLES = { producer: producers, sales_point: salesPoints, place: places } as const;

/** Published listings by slug (what an itinerary stop or a host may name). */
export async function listingIds(db: Db, kind: StopKind, slugs: string[]): Promise<Map<string, string>> {
	if (!slugs.length) return new Map();
	const t = TABLES[kind];
	const rows = await db.select({ id: t.id, slug: t.slug }).from(t).where(and(inArray(t.slug, slugs), eq(t.status, 'published')));
	return new Map(rows.map((r) => [r.slug, r.id]));
}

export async function municipalityBySlug(db: Db, slug: string): Promise<number | null> {
	const [row] = await db.select({ id: territories.id }).from(territories).where(and(eq(territories.slug, slug), inArray(territories.kind, ['municipality', 'md_district', 'md_municipality', 'md_autonomy'])));
	return row?.id ?? null;
}

export async function municipalityOfPlace(db: Db, placeId: string): Promise<number | null> {
	const [row] = await db.select({ id: places.municipalityId }).from(places).where(eq(places.id, placeId));
	return row?.id ?? null;
}

export type Option = { value: string; label: string };

/** What the event form offers: municipalities (LV and MD), places, sales points and producers (published). */
export async function eventFormOptions(db: Db, locale: string) {
	const [muni, pl, sp, pr] = await Promise.all([
		db
			.select({ slug: territories.slug, name: territories.name, kind: territories.kind })
			.from(territories)
			.where(inArray(territories.kind, ['municipality', 'md_district', 'md_municipality', 'md_autonomy']))
			.orderBy(asc(territories.kind), byName(territories.sortKey)),
		db.select({ slug: places.slug, name: places.name }).from(places).where(eq(places.status, 'published')).orderBy(byName(places.sortKey)),
		db.select({ slug: salesPoints.slug, name: salesPoints.name }).from(salesPoints).where(eq(salesPoints.status, 'published')).orderBy(byName(salesPoints.sortKey)),
		db.select({ slug: producers.slug, name: producers.name }).from(producers).where(eq(producers.status, 'published')).orderBy(byName(producers.sortKey))
	]);
	const nameOf = (n: LocalizedText) => n[locale as 'lv'] ?? n.lv;
	return {
		municipalities: muni.map((r) => ({ value: r.slug, label: nameOf(r.name) })),
		places: pl.map((r) => ({ value: r.slug, label: r.name })),
		salesPoints: sp.map((r) => ({ value: r.slug, label: r.name })),
		producers: pr.map((r) => ({ value: r.slug, label: r.name }))
	};
}

/** Slugs back for the edit form. */
export async function slugsOf(db: Db, kind: StopKind, ids: string[]): Promise<Map<string, string>> {
	if (!ids.length) return new Map();
	const t = TABLES[kind];
	const rows = await db.select({ id: t.id, slug: t.slug }).from(t).where(inArray(t.id, ids));
	return new Map(rows.map((r) => [r.id, r.slug]));
}

export async function municipalitySlug(db: Db, id: number | null): Promise<string | null> {
	if (!id) return null;
	const [row] = await db.select({ slug: territories.slug }).from(territories).where(eq(territories.id, id));
	return row?.slug ?? null;
}

/** Municipality ids by slug, today's or historical (the demo's 2021 participants include a pre-reform one). */
export async function territoryIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, number>> {
	if (!slugs.length) return new Map();
	const rows = await db
		.select({ id: territories.id, slug: territories.slug, kind: territories.kind })
		.from(territories)
		.where(and(inArray(territories.slug, slugs), inArray(territories.kind, ['municipality', 'historical_municipality'])));
	// today's municipality wins over a historical one of the same slug
	const out = new Map<string, number>();
	for (const r of rows) if (!out.has(r.slug) || r.kind === 'municipality') out.set(r.slug, r.id);
	return out;
}
