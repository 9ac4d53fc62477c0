/**
 * search_misses: searches that found nothing or little (written by insight/demand-log.ts), stored
 * without anything that identifies a person.
 */
import { searchMisses } from '../db/schema';
import type { Db } from '../db/types';

export type MissInput = {
	/** The normalized (folded) query. */
	query: string;
	filters: Record<string, unknown>;
	municipalityId: number | null;
	/** YYYY-MM-DD in Riga: the day only, never the time. */
	day: string;
};

export type LoggedSearch = MissInput & {
	resultCount: number;
	needKey: string;
	needLabel: string;
	categoryId: number | null;
	/** Hash of the day's salt, the visitor and the need: a repeat the same day is not written again. */
	dedupeKey: string | null;
	isDemo?: boolean;
};

/** Writes one logged search; false when the same visitor already logged the same need that day. */
export async function insertMiss(db: Db, miss: LoggedSearch): Promise<boolean> {
	const rows = await db
		.insert(searchMisses)
		.values({
			day: miss.day,
			query: miss.query,
			filters: miss.filters,
			municipalityId: miss.municipalityId,
			resultCount: miss.resultCount,
			needKey: miss.needKey,
			needLabel: miss.needLabel,
			categoryId: miss.categoryId,
			dedupeKey: miss.dedupeKey,
			isDemo: miss.isDemo ?? false
		})
		.onConflictDoNothing()
		.returning({ id: searchMisses.id });
	return rows.length > 0;
}

/** Many rows at once (the demo data, the benchmark): no dedupe keys, batches of 1,000. */
export async function insertMisses(db: Db, rows: readonly LoggedSearch[]): Promise<void> {
	for (let i = 0; i < rows.length; i += 1000) {
		await db.insert(searchMisses).values(
			rows.slice(i, i + 1000).map((r) => ({
				day: r.day,
				query: r.query,
				filters: r.filters,
				municipalityId: r.municipalityId,
				resultCount: r.resultCount,
				needKey: r.needKey,
				needLabel: r.needLabel,
				categoryId: r.categoryId,
				dedupeKey: r.dedupeKey,
				isDemo: r.isDemo ?? false
			}))
		);
	}
}
