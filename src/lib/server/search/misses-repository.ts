/** search_misses: searches that found nothing, stored without anything that identifies a person. */
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

export async function insertMiss(db: Db, miss: MissInput): Promise<void> {
	await db.insert(searchMisses).values({ day: miss.day, query: miss.query, filters: miss.filters, municipalityId: miss.municipalityId });
}
