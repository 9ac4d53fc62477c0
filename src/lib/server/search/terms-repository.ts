/** SQL on search_terms: the vocabulary of the index, for typo correction. */
import { sql } from 'drizzle-orm';
import { searchTerms as t } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { TermCandidate } from './typos';

/**
 * Vocabulary words that look like `word` (pg_trgm, threshold lowered to 0.2 for this transaction
 * only, so that two wrong letters in a short word still qualify); the caller checks edit distance.
 */
export async function similarTerms(db: Db, word: string, limit = 40): Promise<TermCandidate[]> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local pg_trgm.similarity_threshold = 0.2`);
		return tx
			.select({ term: t.term, stem: t.stem, docs: t.docs })
			.from(t)
			.where(sql`${t.term} % ${word}`)
			.orderBy(sql`similarity(${t.term}, ${word}) desc`, t.term)
			.limit(limit);
	});
}
