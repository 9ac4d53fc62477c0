/** library_usage: +1 on an item's month row, and the counts per month for the staff view. */
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { libraryUsage } from '../db/schema';
import type { Db } from '../db/types';
import type { UsageKind } from './usage';

export type MonthUsage = { month: string; views: number; downloads: number };

/** One more view or download in the month; concurrent uses add up (one row, updated in place). */
export async function addUse(db: Db, itemId: string, kind: UsageKind, month: string): Promise<void> {
	const first = { itemId, month, views: kind === 'view' ? 1 : 0, downloads: kind === 'download' ? 1 : 0 };
	await db
		.insert(libraryUsage)
		.values(first)
		.onConflictDoUpdate({
			target: [libraryUsage.itemId, libraryUsage.month],
			set: kind === 'view' ? { views: sql`${libraryUsage.views} + 1` } : { downloads: sql`${libraryUsage.downloads} + 1` }
		});
}

/** The item's months, newest first. */
export async function usageOf(db: Db, itemId: string): Promise<MonthUsage[]> {
	const rows = await db
		.select({ month: libraryUsage.month, views: libraryUsage.views, downloads: libraryUsage.downloads })
		.from(libraryUsage)
		.where(eq(libraryUsage.itemId, itemId))
		.orderBy(desc(libraryUsage.month));
	return rows.map((r) => ({ month: String(r.month), views: r.views, downloads: r.downloads }));
}

/** Each item's views and downloads over all months (items never used are absent). */
export async function usageTotals(db: Db, itemIds: readonly string[]): Promise<Map<string, { views: number; downloads: number }>> {
	if (!itemIds.length) return new Map();
	const rows = await db
		.select({ itemId: libraryUsage.itemId, views: sql<number>`sum(${libraryUsage.views})::int`, downloads: sql<number>`sum(${libraryUsage.downloads})::int` })
		.from(libraryUsage)
		.where(inArray(libraryUsage.itemId, [...itemIds]))
		.groupBy(libraryUsage.itemId);
	return new Map(rows.map((r) => [r.itemId, { views: Number(r.views), downloads: Number(r.downloads) }]));
}
