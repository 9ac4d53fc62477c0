/**
 * The hits of a page of results (flow.ts): the engine chose the results; their documents are read
 * in one query, scored again by ranking.ts for "why it matched" and turned into display rows.
 */
import type { SearchHit } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { pageDocuments } from './documents-repository';
import { toHits } from './hits';
import type { Plan } from './query-plan';
import { rankResults } from './ranking';
import type { SearchReference } from './reference';
import type { HighlightTerms } from './snippet';

export type PageHitsInput = {
	plan: Plan;
	ids: readonly { type: string; id: string }[];
	minute: number;
	/** Distances are measured from here (the hits' distanceKm). */
	origin: { lat: number; lng: number } | null;
	tieOrigin: { lat: number; lng: number } | null;
	locale: string;
	now: Date;
};

/** The results' hits by id (in no particular order: the caller keeps the engine's order). */
export async function pageHits(db: Db, ref: SearchReference, p: PageHitsInput): Promise<Map<string, SearchHit>> {
	const { plan } = p;
	const rows = await pageDocuments(db, {
		words: plan.textWords.map((w) => ({ variants: w.variants, categoryIds: w.categoryIds })),
		minute: p.minute,
		resultIds: p.ids.map((x) => x.id)
	});
	const results = rankResults(rows, {
		words: plan.textWords,
		placeNames: plan.places.map((x) => x.stems),
		placeLocalityIds: plan.places.flatMap((x) => x.localityIds),
		stopWords: plan.stopWords,
		origin: p.origin,
		tieOrigin: p.tieOrigin
	});
	const terms: HighlightTerms = {
		stems: new Set([...plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix).map((v) => v.stem)), ...plan.places.flatMap((x) => x.stems)]),
		prefixes: plan.textWords.flatMap((w) => w.variants.filter((v) => v.prefix).map((v) => v.folded)),
		typed: new Set(plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix && v.tier !== 'translation').map((v) => v.stem)))
	};
	const wanted = new Set(p.ids.map((x) => `${x.type}:${x.id}`));
	return toHits(ref, results.filter((r) => wanted.has(`${r.type}:${r.id}`)), plan, terms, p.locale, p.now);
}

/** The hits in the engine's order (ids without a document are left out). */
export function inOrder(ids: readonly { id: string }[], hits: ReadonlyMap<string, SearchHit>): SearchHit[] {
	return ids.map((x) => hits.get(x.id)).filter((h): h is SearchHit => h !== undefined);
}
