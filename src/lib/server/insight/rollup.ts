/**
 * The daily roll-up job (decision 007): gives old log rows their need key, recomputes the weeks
 * since the last run from search_misses into demand_weekly up to yesterday (Riga), and forgets
 * the salts of days that are over. The views add the log's rows after `rolled_until` themselves,
 * so a late or failed run only makes them slower, never wrong.
 */
import { rigaMoment } from '../../domain/riga-time';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { searchReference } from '../search';
import { needCategory, needOf } from './need';
import { firstLoggedDay, rollUp, rolledUntil, rowsWithoutNeed, setNeed } from './rollup-repository';
import { deleteSaltsBefore } from './salts-repository';
import { addDays, mondayOf } from './weeks';

export const ROLLUP_JOB = 'insight.rollup';
const BATCH = 500;

export type RollupResult = { backfilled: number; from: string | null; until: string | null };

export async function runRollup(db: Db, now = new Date()): Promise<RollupResult> {
	const today = rigaMoment(now).date;
	const yesterday = addDays(today, -1);
	const backfilled = await backfillNeeds(db);
	const done = await rolledUntil(db);
	const first = done ? addDays(done, 1) : await firstLoggedDay(db);
	let result: RollupResult = { backfilled, from: null, until: done };
	// a backfill changes old weeks too: then everything is recomputed once
	const from = backfilled > 0 ? await firstLoggedDay(db) : first;
	if (from && from <= yesterday) {
		await rollUp(db, mondayOf(from), yesterday);
		result = { backfilled, from: mondayOf(from), until: yesterday };
	}
	await deleteSaltsBefore(db, yesterday);
	return result;
}

async function backfillNeeds(db: Db): Promise<number> {
	const ref = await searchReference(db);
	let after = 0;
	let fixed = 0;
	for (;;) {
		const rows = await rowsWithoutNeed(db, after, BATCH);
		if (rows.length === 0) return fixed;
		for (const r of rows) {
			const need = needOf([r.query]);
			if (need.key) {
				await setNeed(db, r.id, need, needCategory(ref.categoryIndex, need.stems));
				fixed++;
			}
			after = r.id;
		}
	}
}

/** 00:15 in Riga after `now` (22:15 UTC: 00:15 in winter, 01:15 in summer): yesterday is complete by then. */
export function nextRollupAt(now: Date): Date {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 22, 15));
	while (at <= now) at.setUTCDate(at.getUTCDate() + 1);
	return at;
}

/** Queues a roll-up now (start-up catches up after downtime) and the chain of nightly ones; idempotent. */
export async function scheduleRollup(db: Db, at = new Date()): Promise<void> {
	await enqueueJob(db, ROLLUP_JOB, {}, { runAt: at, dedupeKey: `${ROLLUP_JOB}:${at.toISOString().slice(0, 13)}` });
}
