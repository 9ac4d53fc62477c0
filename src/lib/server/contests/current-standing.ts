/** Who holds the winners' places now: the published order and the decisions taken (standing.ts). */
import { standing, type Decision, type Standing } from '$lib/domain/contest/standing';
import type { Db } from '../db/types';
import { listDecisions } from './entries-repository';

/**
 * Null before the draw. Reads only the decided entries. Without the whole order (`drawOrder`
 * undefined), `head(n)` reads its first n places: the winners and those set aside before them
 * all lie there, so the winners are right (the alternates are then cut short).
 */
export async function currentStanding(
	db: Db,
	c: { id: string; winners: number; drawOrder?: string[] | null },
	head?: (n: number) => Promise<string[] | null>
): Promise<(Standing & { decisions: Map<string, Decision> }) | null> {
	const decisions = new Map((await listDecisions(db, c.id)).map((r) => [r.publicId, r.decision as Decision]));
	const order = c.drawOrder ?? (head ? await head(c.winners + decisions.size) : null);
	if (!order) return null;
	return { ...standing(order, c.winners, decisions), decisions };
}
