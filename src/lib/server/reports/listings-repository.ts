import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/types';
import { organisations, places, producers, salesPoints } from '../db/schema';
import type { ListingType } from './report-form';

const TABLES = { producer: producers, sales_point: salesPoints, organisation: organisations, place: places } as const;

export type ListingRef = { id: string; slug: string; name: string; municipalityId: number; status: string };

const columns = (t: (typeof TABLES)[ListingType]) => ({ id: t.id, slug: t.slug, name: t.name, municipalityId: t.municipalityId, status: t.status });

/** A published listing by its public slug (only public listings can be reported). */
export async function findPublishedListing(db: Db, type: ListingType, slug: string): Promise<ListingRef | null> {
	const t = TABLES[type];
	const [row] = await db.select(columns(t)).from(t).where(and(eq(t.slug, slug), eq(t.status, 'published'))).limit(1);
	return row ?? null;
}

export async function findListingsByIds(db: Db, type: ListingType, ids: readonly string[]): Promise<ListingRef[]> {
	if (ids.length === 0) return [];
	const t = TABLES[type];
	return db.select(columns(t)).from(t).where(inArray(t.id, [...ids]));
}

/** Archives a listing (reported as closed or a duplicate); returns the status it had. */
export async function archiveListing(db: Db, type: ListingType, id: string): Promise<string | null> {
	const t = TABLES[type];
	const [before] = await db.select({ status: t.status }).from(t).where(eq(t.id, id)).for('update');
	if (!before) return null;
	await db.update(t).set({ status: 'archived', updatedAt: new Date() }).where(eq(t.id, id));
	return before.status;
}
