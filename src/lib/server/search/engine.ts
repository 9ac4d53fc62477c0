/**
 * The search's ranking, filters, page and facets over the process's memory index (decision 004):
 * every word found (word-scores.ts), the place-word area and radius, the score with ranking.ts's
 * bonuses, the URL filters, the best groupSize per type (document-kinds.ts) (or one page of one type) in the
 * ranking's order, per-type totals and every facet counted exactly, each without its own filter.
 * JavaScript loops over flat arrays: no per-query SQL beyond the freshness check.
 */
import type { ResultType } from '$lib/contracts/search/types';
import { RESULT_ORDER as TYPES, type MemoryIndex } from './memory-index';
import { PLACE_NAMED, PLACE_PARTLY_NAMED, type FacetFilter, type PlannedWord } from './ranking';
import { releaseScores, scoreWordAll, type WordScores } from './word-scores';
import { NO, TopK } from './top-k';
import { distanceKeys, distanceTo, keyOfKm } from './distance-keys';
import { giveBytesBack, takeBytes } from './byte-pool';

export type RankQuery = {
	words: readonly PlannedWord[];
	/**
	 * The place filter from place words (union of areas); null: anywhere. `named`: stems of place
	 * words that may also be a name — a listing whose names have all stems of one group passes too
	 * ("Bērziņu medus" is found by "berzinu medus" although Bērziņu pagasts is elsewhere).
	 */
	area: { municipalityIds: number[]; regionIds: number[]; named: readonly (readonly string[])[] } | null;
	origin: { lat: number; lng: number } | null;
	radiusKm: number | null;
	/** The minute for open-now (hours.ts openMinute). */
	minute: number;
	/** Stems of each place match: a listing named with all of one group's ranks like a name match. */
	placeNames: readonly (readonly string[])[];
	placeLocalityIds: readonly number[];
	stopWords: readonly string[];
	tieOrigin: { lat: number; lng: number } | null;
	filter: FacetFilter;
	sort: 'relevance' | 'distance' | 'name';
	/** One type: that type's page; otherwise the best `groupSize[type]` of each type. */
	single: { type: ResultType; offset: number; limit: number } | null;
	/** Every type in one ranked list (the API without one type): this window of it. Overrides the groups. */
	merged?: { offset: number; limit: number } | null;
	/** Also list every result that passes (a saved search's alert: which listings match at all). */
	collect?: boolean;
	groupSize: Record<ResultType, number>;
	radiusSteps: readonly number[];
};

export type FacetCounts = {
	type: Map<string, number>;
	kind: Map<string, number>;
	category: Map<string, number>;
	label: Map<string, number>;
	region: Map<string, number>;
	municipality: Map<string, number>;
	open: number;
	radius: Map<number, number>;
};

export type RankedPage = {
	/** Complete results before the URL filters (decides the typo fallback). */
	matched: number;
	/** Results after the filters, per type. */
	totals: Map<ResultType, number>;
	/** Of those, listings outside the place words' area, found because they are named with them. */
	namedOutside: number;
	/** With `collect`: every result that passes, in index order. */
	all: { type: ResultType; id: string }[];
	/** The page in the ranking's order, each with its score — the one score a hit shows (decision 011). */
	page: { type: ResultType; id: string; score: number }[];
	facets: FacetCounts;
};

/** Slots listed in any of these postings. */
function marked(ix: MemoryIndex, terms: readonly string[], taken: Uint8Array[]): Uint8Array {
	const out = takeBytes(taken, ix.size);
	for (const t of terms) {
		const p = ix.posting(t);
		if (p) for (let i = 0; i < p.length; i++) out[p.slots[i]] = 1;
	}
	return out;
}

/** Slots whose listing names have every stem of at least one group (1), or only some of one (2). */
function namedSlots(ix: MemoryIndex, groups: readonly (readonly string[])[], taken: Uint8Array[]): Uint8Array | null {
	if (groups.length === 0) return null;
	const out = takeBytes(taken, ix.size);
	for (const group of groups) {
		const seen = takeBytes(taken, ix.size);
		for (const stem of new Set(group)) {
			const p = ix.posting('n:' + stem);
			if (p) for (let i = 0; i < p.length; i++) seen[p.slots[i]]++;
		}
		const all = new Set(group).size;
		// pooled arrays may be longer than the index: only its slots count
		for (let slot = 0; slot < ix.size; slot++) {
			if (seen[slot] === all) out[slot] = 1;
			else if (seen[slot] && out[slot] === 0) out[slot] = 2;
		}
	}
	return out;
}

/**
 * The score — the only place a result's score is computed (decision 011): the words' tiers from
 * word-scores.ts (ranking.ts's TIER table), the product-count bonus, a listing named with the
 * place words, the locality the place words name, the query's stop words in the name. The page is
 * offered in this score's order and each hit shows it. In thousandths (1.25 is 1250).
 */
function scorer(ix: MemoryIndex, q: RankQuery, scores: WordScores[], placeName: Uint8Array | null, taken: Uint8Array[]): (slot: number) => number {
	const stops = q.stopWords.map((w) => marked(ix, ['w:' + w, 'q:' + w], taken));
	return (slot) => {
		let score = 0;
		let products = 0;
		for (const s of scores) {
			score += s.score[slot];
			if (s.products[slot] > products) products = s.products[slot];
		}
		if (products > 1) score += 0.02 * Math.min(5, products - 1);
		const named = placeName ? placeName[slot] : 0;
		if (named === 1) score += PLACE_NAMED;
		else if (named === 2) score += PLACE_PARTLY_NAMED;
		const locality = ix.localities[slot];
		if (locality !== null && q.placeLocalityIds.includes(locality)) score += 0.2;
		for (const s of stops) if (s[slot]) score += 0.01;
		// in thousandths, a whole number: the loop offers thousands of scores, and a fraction passed
		// on is a heap allocation each (a quarter of a search's garbage); the page divides again
		return Math.round(score * 1000);
	};
}

function foundInAll(scores: readonly WordScores[], slot: number): boolean {
	for (const s of scores) if (!(s.score[slot] > 0)) return false;
	return true;
}

function countMap<K>(counts: Int32Array, key: (i: number) => K): Map<K, number> {
	const out = new Map<K, number>();
	counts.forEach((n, i) => {
		if (n) out.set(key(i), n);
	});
	return out;
}

// the filters as bits
const TYPE = 1;
const CATEGORY = 2;
const KIND = 4;
const LABEL = 8;
const REGION = 16;
const MUNICIPALITY = 32;
const OPEN = 64;
/** A facet counts the results that pass every other filter. */
const counts = (failed: number, filter: number) => failed === 0 || failed === filter;

export function evaluate(ix: MemoryIndex, q: RankQuery): RankedPage {
	const scores: WordScores[] = [];
	const taken: Uint8Array[] = [];
	try {
		for (const w of q.words) scores.push(scoreWordAll(ix, w));
		return rank(ix, q, scores, taken);
	} finally {
		releaseScores(scores);
		giveBytesBack(taken);
	}
}

function rank(ix: MemoryIndex, q: RankQuery, scores: WordScores[], taken: Uint8Array[]): RankedPage {
	const placeName = namedSlots(ix, q.placeNames, taken);
	const score = scorer(ix, q, scores, placeName, taken);
	// listings named with the place words pass the area filter wherever they are
	const namedAnywhere = q.area?.named.length ? namedSlots(ix, q.area.named, taken) : null;
	const f = q.filter;
	const size = ix.idLimit;
	const lists = [ix.categories, ix.labels, ix.regions, ix.municipalities];
	// per distinct list (id-lists.ts InternedLists): passes the filter; null: no filter
	const [categoryOk, labelOk, regionOk, municipalityOk] = [f.categoryIds, f.labelIds, f.regionIds, f.municipalityIds].map((ids, i) =>
		ids === null ? null : lists[i].having(ids)
	);
	const [areaMunicipalities, areaRegions] = q.area ? [ix.municipalities.having(q.area.municipalityIds), ix.regions.having(q.area.regionIds)] : [null, null];
	const typeFilter = f.types.length ? Uint8Array.from(TYPES, (t) => (f.types.includes(t) ? 1 : 0)) : null;
	const kindFilter = f.kinds.length ? Uint8Array.from(ix.kindNames, (k) => (f.kinds.includes(k) ? 1 : 0)) : null;
	const typeCounts = new Int32Array(TYPES.length);
	const totals = new Int32Array(TYPES.length);
	const kindCounts = new Int32Array(ix.kindNames.length);
	// counted per distinct list in the loop, spread over the ids at the end
	const [categoryLists, labelLists, regionLists, municipalityLists] = lists.map((l) => new Int32Array(l.size));
	// the flat per-slot arrays, read straight in the loop
	const { alive, typeCodes, kindCodes } = ix;
	const [catOf, labelOf, regionOf, municipalityOf] = lists.map((l) => l.listOf);
	const openBits = ix.openAt(q.minute);
	let open = 0;
	let matched = 0;
	let namedOutside = 0;
	const collected: number[] | null = q.collect ? [] : null;
	const radiusSteps = q.radiusSteps.map(keyOfKm);
	// results per radius step they first fit in (steps ascending), summed up at the end
	const radiusFirst = new Int32Array(radiusSteps.length);
	const origin = q.origin;
	const keyOf = origin ? distanceKeys(ix, origin) : null;
	const radiusKey = origin && q.radiusKm !== null ? keyOfKm(q.radiusKm) : null;
	const tieOrigin = q.tieOrigin;
	const tieOf = tieOrigin ? (slot: number) => distanceTo(ix, slot, tieOrigin) : null;
	const sort = q.sort === 'distance' && !origin ? 'relevance' : q.sort;
	const merged = !q.single && q.merged ? new TopK(q.merged.offset + q.merged.limit, sort, ix, tieOf) : null;
	// one window for all types when merged (every type offers to the same list)
	const pages = TYPES.map((t) => merged ?? new TopK(q.single ? (q.single.type === t ? q.single.offset + q.single.limit : 0) : q.groupSize[t], sort, ix, tieOf));

	// every word found: the slots of the rarest word, checked against the others; without words, all
	const base: ArrayLike<number> | null = scores.length ? scores.reduce((a, b) => (b.slots.length < a.slots.length ? b : a)).slots : null;
	const n = base ? base.length : ix.size;
	for (let i = 0; i < n; i++) {
		const slot = base ? base[i] : i;
		if (!alive[slot]) continue;
		if (base && !foundInAll(scores, slot)) continue;
		const outside = areaMunicipalities !== null && !areaMunicipalities[municipalityOf[slot]] && !areaRegions![regionOf[slot]];
		if (outside && namedAnywhere?.[slot] !== 1) continue;
		const dist = keyOf ? keyOf(slot) : NO;
		if (radiusKey !== null && (dist === NO || dist > radiusKey)) continue;
		matched++;

		const typeCode = typeCodes[slot];
		const kindCode = kindCodes[slot];
		const isOpen = openBits[slot] === 1;
		// one bit per failed filter; failing two or more, a result counts nowhere
		let failed = 0;
		if (typeFilter && !typeFilter[typeCode]) failed |= TYPE;
		if (categoryOk && !categoryOk[catOf[slot]]) failed |= CATEGORY;
		if (kindFilter && !kindFilter[kindCode]) failed |= KIND;
		if (labelOk && !labelOk[labelOf[slot]]) failed |= LABEL;
		if (regionOk && !regionOk[regionOf[slot]]) failed |= REGION;
		if (municipalityOk && !municipalityOk[municipalityOf[slot]]) failed |= MUNICIPALITY;
		if (f.openNow && !isOpen) failed |= OPEN;
		if (failed & (failed - 1)) continue;
		if (counts(failed, TYPE)) typeCounts[typeCode]++;
		if (counts(failed, KIND)) kindCounts[kindCode]++;
		if (counts(failed, CATEGORY)) categoryLists[catOf[slot]]++;
		if (counts(failed, LABEL)) labelLists[labelOf[slot]]++;
		if (counts(failed, REGION)) regionLists[regionOf[slot]]++;
		if (counts(failed, MUNICIPALITY)) municipalityLists[municipalityOf[slot]]++;
		if (counts(failed, OPEN) && isOpen) open++;
		if (failed) continue;
		totals[typeCode]++;
		if (outside) namedOutside++;
		if (collected) collected.push(slot);
		if (dist !== NO) {
			for (let r = 0; r < radiusSteps.length; r++) {
				if (dist <= radiusSteps[r]) {
					radiusFirst[r]++;
					break;
				}
			}
		}
		const page = pages[typeCode];
		if (!page.farther(dist)) page.offer(slot, score(slot), dist);
	}
	const [categoryCounts, labelCounts, regionCounts, municipalityCounts] = lists.map((l, i) => {
		const out = new Int32Array(size);
		l.spread([categoryLists, labelLists, regionLists, municipalityLists][i], out);
		return out;
	});
	const radius = radiusFirst.map((_, r) => radiusFirst.slice(0, r + 1).reduce((a, b) => a + b, 0));

	const page: RankedPage['page'] = [];
	if (merged) {
		for (const slot of merged.slots().slice(q.merged!.offset)) page.push({ type: TYPES[typeCodes[slot]], id: ix.ids[slot], score: score(slot) / 1000 });
	} else {
		TYPES.forEach((type, i) => {
			const slots = pages[i].slots();
			for (const slot of q.single ? slots.slice(q.single.offset) : slots) page.push({ type, id: ix.ids[slot], score: score(slot) / 1000 });
		});
	}
	return {
		matched,
		totals: countMap(totals, (i) => TYPES[i]),
		namedOutside,
		all: (collected ?? []).map((slot) => ({ type: TYPES[typeCodes[slot]], id: ix.ids[slot] })),
		page,
		facets: {
			type: countMap(typeCounts, (i) => TYPES[i] as string),
			kind: countMap(kindCounts, (i) => ix.kindNames[i]),
			category: countMap(categoryCounts, String),
			label: countMap(labelCounts, String),
			region: countMap(regionCounts, String),
			municipality: countMap(municipalityCounts, String),
			open,
			radius: new Map(q.radiusSteps.map((km, i) => [km, radius[i]]))
		}
	};
}
