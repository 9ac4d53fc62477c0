import { sql } from 'drizzle-orm';
import { rateLimits } from '../db/schema';
import type { Db } from '../db/types';

export type RateLimitRule = { key: string; limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one event against `rule` (a fixed window per key) in the database, so every app process
 * sees the same counters. One atomic upsert: a window that has ended starts again at 1.
 */
export async function consumeRateLimit(db: Db, rule: RateLimitRule): Promise<RateLimitResult> {
	const result = await db.execute(sql`
		INSERT INTO ${rateLimits} (key, count, reset_at)
		VALUES (${rule.key}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
		ON CONFLICT (key) DO UPDATE SET
			count = CASE WHEN ${rateLimits}.reset_at <= now() THEN 1 ELSE ${rateLimits}.count + 1 END,
			reset_at = CASE WHEN ${rateLimits}.reset_at <= now() THEN excluded.reset_at ELSE ${rateLimits}.reset_at END
		RETURNING count, extract(epoch FROM (reset_at - now())) AS remaining`);
	return toResult(firstRow(result), rule.limit);
}

/** Gives one counted event back (a sign-in that turned out to be the right password). */
export async function refundRateLimit(db: Db, key: string): Promise<void> {
	await db.execute(sql`UPDATE ${rateLimits} SET count = greatest(count - 1, 0) WHERE key = ${key}`);
}

/** Forget a key's counter (a successful sign-in clears the failures of that e-mail). */
export async function resetRateLimit(db: Db, key: string): Promise<void> {
	await db.execute(sql`DELETE FROM ${rateLimits} WHERE key = ${key}`);
}

/** Drops ended windows; called by the job worker's housekeeping. */
export async function purgeRateLimits(db: Db): Promise<void> {
	await db.execute(sql`DELETE FROM ${rateLimits} WHERE reset_at <= now()`);
}

function firstRow(result: unknown): Record<string, unknown> | undefined {
	return (result as { rows: Record<string, unknown>[] }).rows[0];
}

function toResult(row: Record<string, unknown> | undefined, limit: number): RateLimitResult {
	if (!row) return { allowed: true, retryAfterSeconds: 0 };
	// the n-th event is allowed while n <= limit
	const allowed = Number(row.count) <= limit;
	return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(Number(row.remaining))) };
}
