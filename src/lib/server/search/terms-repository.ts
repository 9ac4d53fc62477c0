/** SQL on search_terms: the vocabulary of the index, which the memory index keeps for typo correction. */
import { searchTerms as t } from '../db/schema';
import type { Db } from '../db/types';
import type { TermCandidate } from './typos';

/** Every folded word of the index with its stem and how many documents use it. */
export async function allTerms(db: Db): Promise<TermCandidate[]> {
	return db.select({ term: t.term, stem: t.stem, docs: t.docs }).from(t);
}
