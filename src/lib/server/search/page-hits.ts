/**
 * The hits of a page of results (flow.ts): the engine chose and scored the results; their
 * documents are read in a few parts, each explained by ranking.ts (which field of which document matched
 * each word: the snippet and the match kind) and turned into display rows with the engine's score.
 */
import type { SearchHit } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { pageDocumentParts, type MatchRow } from './documents-repository';
import { toHits } from './hits';
import type { Plan } from './query-plan';
import { explainResults } from './ranking';
import type { SearchReference } from './reference';
import type { HighlightTerms } from './snippet';

export type PageHitsInput = {
	plan: Plan;
	/** The engine's page: which results, and their scores. */
	ids: readonly { type: string; id: string; score: number }[];
	/** Distances are measured from here (the hits' distanceKm). */
	origin: { lat: number; lng: number } | null;
	locale: string;
	now: Date;
};

/** The results' hits by id (in no particular order: the caller keeps the engine's order). */
export async function pageHits(db: Db, ref: SearchReference, p: PageHitsInput): Promise<Map<string, SearchHit>> {
	const { plan } = p;
	const parts = pageDocumentParts(db, {
		words: plan.textWords.map((w) => ({ variants: w.variants, categoryIds: w.categoryIds })),
		resultIds: p.ids.map((x) => x.id)
	});
	const terms: HighlightTerms = {
		stems: new Set([...plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix).map((v) => v.stem)), ...plan.places.flatMap((x) => x.stems)]),
		prefixes: plan.textWords.flatMap((w) => w.variants.filter((v) => v.prefix).map((v) => v.folded)),
		typed: new Set(plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix && v.tier !== 'translation').map((v) => v.stem)))
	};
	const scores = new Map(p.ids.map((x) => [`${x.type}:${x.id}`, x.score]));
	const hitsOf = (rows: MatchRow[]) => {
		const results = explainResults(rows, { words: plan.textWords, placeNames: plan.places.map((x) => x.stems), origin: p.origin });
		const scored = results.flatMap((r) => {
			const score = scores.get(`${r.type}:${r.id}`);
			return score === undefined ? [] : [{ ...r, score }];
		});
		return toHits(ref, scored, plan, terms, p.locale, p.now);
	};
	// each part's results are explained as soon as its rows arrive, while PostgreSQL builds the
	// others (a result's documents are all in one part)
	const hits = await Promise.all(parts.map((part) => part.then(hitsOf)));
	return new Map(hits.flatMap((m) => [...m]));
}

/** The hits in the engine's order (ids without a document are left out). */
export function inOrder(ids: readonly { id: string }[], hits: ReadonlyMap<string, SearchHit>): SearchHit[] {
	return ids.map((x) => hits.get(x.id)).filter((h): h is SearchHit => h !== undefined);
}
