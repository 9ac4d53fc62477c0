import { foldText } from '$lib/text/fold';

/** Longer queries are cut: nobody types more, and the pattern stays cheap. */
const MAX_QUERY = 100;

/** The query as people typed it (for the box) and folded the way search_text columns are stored. */
export function normalizeQuery(raw: string | null | undefined): { text: string; folded: string } {
	const text = (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
	return { text, folded: foldText(text) };
}

/** LIKE pattern with the user's %, _ and \ taken literally (backslash is PostgreSQL's default escape). */
export function likePattern(folded: string, mode: 'contains' | 'prefix'): string {
	const escaped = folded.replace(/[\\%_]/g, (ch) => `\\${ch}`);
	return mode === 'prefix' ? `${escaped}%` : `%${escaped}%`;
}

export type MatchReason = 'name' | 'product' | 'category' | 'place';

export type ProducerHit = { id: string; name: string; sortKey: string };
export type Candidate = ProducerHit & { reasons: Set<MatchReason> };

/**
 * 0: the name starts with the query, 1: the name contains it, 2: a product matches,
 * 3: only the category or the place matches. Leading quotes and punctuation of a name
 * ("Kalnmuižas" medus) do not count.
 */
export function rankOf(candidate: Candidate, folded: string): number {
	if (candidate.reasons.has('name')) {
		const name = foldText(candidate.name).replace(/^[^\p{L}\p{N}]+/u, '');
		return name.startsWith(folded) ? 0 : 1;
	}
	return candidate.reasons.has('product') ? 2 : 3;
}

/** Best rank first, then Latvian name order (byte order of the stored sort key), then id for stability. */
export function rankCandidates(candidates: Iterable<Candidate>, folded: string): Candidate[] {
	return [...candidates]
		.map((c) => ({ c, rank: rankOf(c, folded) }))
		.sort((a, b) => a.rank - b.rank || compareBytes(a.c.sortKey, b.c.sortKey) || compareBytes(a.c.id, b.c.id))
		.map((x) => x.c);
}

function compareBytes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
