import type { CategoryNode, ProducerCardData } from '$lib/components/producers/types';
import type { Db } from '$lib/server/db/types';
import { loadCards } from '$lib/server/producers/cards';
import { listCardRowsByIds } from '$lib/server/producers/producers-repository';
import { popularCategories } from '$lib/server/producers/queries';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { matchCategoryIds } from '$lib/server/taxonomy/domain';
import { likePattern, normalizeQuery, rankCandidates, type Candidate, type MatchReason, type ProducerHit } from './domain';
import { placesByName, producersByCategories, producersByProducts, producersByText, producersInPlaces } from './search-repository';

export const SEARCH_LIMIT = 50;
/** Upper bound per kind of match, so a one-letter query stays cheap. */
const CANDIDATE_CAP = 500;

export type SearchPage = {
	q: string;
	cards: ProducerCardData[];
	/** Matching producers found (up to the candidate cap); more than `cards.length` means the list is cut. */
	total: number;
	popular: CategoryNode[];
};

/** Diacritic-insensitive substring search over names, products, categories and places. */
export async function searchPage(db: Db, rawQuery: string | null, locale: string): Promise<SearchPage> {
	const { text, folded } = normalizeQuery(rawQuery);
	if (!folded) return { q: text, cards: [], total: 0, popular: await popularCategories(db, locale) };

	const pattern = likePattern(folded, 'contains');
	const cats = await listCategories(db);
	const [byName, byProduct, byCategory, places] = await Promise.all([
		producersByText(db, pattern, CANDIDATE_CAP),
		producersByProducts(db, pattern, CANDIDATE_CAP),
		producersByCategories(db, matchCategoryIds(cats, folded), CANDIDATE_CAP),
		placesByName(db, pattern, CANDIDATE_CAP)
	]);
	const idsOf = (kinds: string[]) => places.filter((p) => kinds.includes(p.kind)).map((p) => p.id);
	const byPlace = await producersInPlaces(
		db,
		{ regionIds: idsOf(['planning_region']), municipalityIds: idsOf(['municipality']), localityIds: idsOf(['town', 'parish', 'village']) },
		CANDIDATE_CAP
	);

	const candidates = new Map<string, Candidate>();
	const add = (hits: ProducerHit[], reason: MatchReason) => {
		for (const h of hits) {
			const c = candidates.get(h.id) ?? { ...h, reasons: new Set<MatchReason>() };
			c.reasons.add(reason);
			candidates.set(h.id, c);
		}
	};
	add(byName, 'name');
	add(byProduct, 'product');
	add(byCategory, 'category');
	add(byPlace, 'place');

	const top = rankCandidates(candidates.values(), folded).slice(0, SEARCH_LIMIT);
	const rows = new Map((await listCardRowsByIds(db, top.map((c) => c.id))).map((r) => [r.id, r]));
	const ordered = top.flatMap((c) => rows.get(c.id) ?? []);
	const popular = ordered.length === 0 ? await popularCategories(db, locale) : [];
	return { q: text, cards: await loadCards(db, ordered, cats, locale), total: candidates.size, popular };
}
