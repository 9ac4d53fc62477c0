/** SQL on search_terms: the vocabulary of the index, for "is this word known" and typo correction. */
import { inArray, sql } from 'drizzle-orm';
import { searchTerms as t } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { TermCandidate } from './typos';

/** Which of these stems some document has. */
export async function knownStems(db: Db, stems: readonly string[]): Promise<Set<string>> {
	if (stems.length === 0) return new Set();
	const rows = await db.selectDistinct({ stem: t.stem }).from(t).where(inArray(t.stem, [...new Set(stems)]));
	return new Set(rows.map((r) => r.stem));
}

/** Whether some stem starts with this (a word still being typed: "ievarij"). */
export async function hasStemWithPrefix(db: Db, prefix: string): Promise<boolean> {
	const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
	const rows = await db.select({ stem: t.stem }).from(t).where(sql`${t.stem} like ${escaped + '%'}`).limit(1);
	return rows.length > 0;
}

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
