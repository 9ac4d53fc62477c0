import { and, eq, gt, sql } from 'drizzle-orm';
import { revisions } from '../db/schema';
import type { Db } from '../db/types';

/** How long an unconfirmed suggestion counts as "the same one" when its form is sent again. */
const SAME_SUGGESTION_WINDOW = sql`now() - interval '1 day'`;

/**
 * The suggestion this person already sent with exactly this content and has not confirmed yet
 * (a form sent twice, or again after its answer was lost), or null. jsonb equality ignores key order.
 */
export async function findSameSuggestion(db: Db, authorEmail: string, draft: Record<string, unknown>): Promise<{ revisionId: string; entityId: string } | null> {
	const [row] = await db
		.select({ revisionId: revisions.id, entityId: revisions.entityId })
		.from(revisions)
		.where(
			and(
				eq(revisions.source, 'suggestion'),
				eq(revisions.status, 'unconfirmed'),
				eq(revisions.authorEmail, authorEmail),
				gt(revisions.createdAt, SAME_SUGGESTION_WINDOW),
				sql`${revisions.proposed} = ${JSON.stringify(draft)}::jsonb`
			)
		)
		.limit(1);
	return row ?? null;
}
