/**
 * search_misses: searches that found nothing or little (written by insight/demand-log.ts), stored
 * without anything that identifies a person.
 */
import { searchMisses } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';

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
