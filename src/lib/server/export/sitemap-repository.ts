import { count, eq, max } from 'drizzle-orm';
import { organisations, places, producers, salesPoints, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';

/** The listing tables with a public page per published row, keyed by the sitemap file name. */
const TABLES = { producers, 'sales-points': salesPoints, organisations, places } as const;
export type ListingKind = keyof typeof TABLES;
export const LISTING_KINDS = Object.keys(TABLES) as ListingKind[];

export async function countPublished(db: Db, kind: ListingKind): Promise<{ n: number; last: Date | null }> {
	const t = TABLES[kind];
	const [row] = await db.select({ n: count(), last: max(t.updatedAt) }).from(t).where(eq(t.status, 'published'));
	return { n: toNumber(row?.n), last: row?.last ? new Date(row.last) : null };
}

/** Slugs and last changes of published rows, by slug (a stable order for chunking). */
export async function listPublishedSlugs(db: Db, kind: ListingKind, limit: number, offset: number): Promise<{ slug: string; updatedAt: Date }[]> {
	const t = TABLES[kind];
	return db.select({ slug: t.slug, updatedAt: t.updatedAt }).from(t).where(eq(t.status, 'published')).orderBy(t.slug).limit(limit).offset(offset);
}

export async function listTerritorySlugs(db: Db, kind: 'municipality' | 'planning_region'): Promise<string[]> {
	const rows = await db.select({ slug: territories.slug }).from(territories).where(eq(territories.kind, kind)).orderBy(territories.slug);
	return rows.map((r) => r.slug);
}
