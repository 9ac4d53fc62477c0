/**
 * "Nothing in Rīga — 3 within 15 km" (issue 12, item 5): when a place search finds nothing in the
 * place, the same words and filters are searched without the place, nearest to its centre first.
 * Only on that zero-result path; the engine is the same.
 */
import type { SearchResponse } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { evaluate, type RankQuery } from './engine';
import type { MemoryIndex } from './memory-index';
import { inOrder, pageHits } from './page-hits';
import type { Plan } from './query-plan';
import type { SearchReference } from './reference';

/** How far the first answer may reach before it just shows the nearest ones. */
export const NEARBY_STEPS = [5, 10, 15, 25, 50, 100];
/** Results shown from outside the place. */
export const NEARBY_SHOWN = 6;

export type NearbyInput = {
	plan: Plan;
	/** The search as it ran (words, filters); its area is dropped. */
	query: RankQuery;
	centre: { lat: number; lng: number };
	placeName: string;
	placeSlug: string;
	/** The query without the place words. */
	queryWithout: string;
	locale: string;
	now: Date;
};

export async function nearbyOutside(db: Db, ix: MemoryIndex, ref: SearchReference, n: NearbyInput): Promise<SearchResponse['nearby']> {
	const ranked = evaluate(ix, {
		...n.query,
		area: null,
		origin: n.centre,
		radiusKm: null,
		tieOrigin: null,
		sort: 'distance',
		single: null,
		merged: { offset: 0, limit: NEARBY_SHOWN },
		radiusSteps: NEARBY_STEPS
	});
	const total = [...ranked.totals.values()].reduce((a, b) => a + b, 0);
	if (total === 0) return null;
	const step = NEARBY_STEPS.find((km) => (ranked.facets.radius.get(km) ?? 0) > 0) ?? null;
	const hits = await pageHits(db, ref, { plan: n.plan, ids: ranked.page, origin: n.centre, locale: n.locale, now: n.now });
	return {
		placeName: n.placeName,
		placeSlug: n.placeSlug,
		query: n.queryWithout,
		radiusKm: step,
		count: step === null ? total : (ranked.facets.radius.get(step) ?? 0),
		hits: inOrder(ranked.page, hits)
	};
}

/** Whether the query's words are found anywhere at all (no place, no filters): decides the spelling hint. */
export function wordsFoundAnywhere(ix: MemoryIndex, query: RankQuery): boolean {
	const none = { types: [], categoryIds: null, kinds: [], labelIds: null, regionIds: null, municipalityIds: null, openNow: false };
	return evaluate(ix, { ...query, area: null, origin: null, radiusKm: null, filter: none, single: null, merged: { offset: 0, limit: 0 }, radiusSteps: [] }).matched > 0;
}
