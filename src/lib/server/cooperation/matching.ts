/**
 * The matching job: when a profile is published (or renewed) its suggested counterparts among all
 * published profiles are (re)written to cooperation_matches — one row per unordered pair, the
 * smaller id first. A pair already told in a digest keeps its digestedAt; pairs that no longer fit
 * are removed. Idempotent.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import { matchesOf } from '$lib/domain/cooperation/match';
import { cooperationMatches } from '../db/schema';
import type { Db } from '../db/types';
import { publishedMatchInputs } from './match-inputs';

const m = cooperationMatches;
const ordered = (a: string, b: string) => (a < b ? { profileId: a, counterpartId: b } : { profileId: b, counterpartId: a });

/** Recomputes one profile's matches; returns how many there are. */
export async function computeMatches(db: Db, profileId: string, now = new Date()): Promise<number> {
	const all = await publishedMatchInputs(db, now);
	const self = all.find((x) => x.id === profileId);
	const found = self ? matchesOf(self, all) : [];
	await db.transaction(async (tx) => {
		const involving = or(eq(m.profileId, profileId), eq(m.counterpartId, profileId));
		const keep = new Set(found.map((f) => f.id));
		const existing = await tx.select({ a: m.profileId, b: m.counterpartId }).from(m).where(involving);
		const stale = existing.map((e) => (e.a === profileId ? e.b : e.a)).filter((id) => !keep.has(id));
		if (stale.length) await tx.delete(m).where(and(involving, or(inArray(m.profileId, stale), inArray(m.counterpartId, stale))));
		for (const f of found) {
			await tx
				.insert(m)
				.values({ ...ordered(profileId, f.id), score: f.score, createdAt: now })
				.onConflictDoUpdate({ target: [m.profileId, m.counterpartId], set: { score: f.score } });
		}
	});
	return found.length;
}
