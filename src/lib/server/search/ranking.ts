/**
 * Ranking and facets over the matched documents (pure). Tiers, best first:
 *   exact word in a name 1.0 > other form of it (stem) 0.85 > its Latvian translation 0.8 >
 *   started word (prefix) 0.6 > in a description 0.45 (translation 0.4, prefix 0.35) >
 *   typo-corrected word 0.25 / 0.15 > category word 0.12.
 * A product's name counts 0.8 of its producer's own name. A query typed with diacritics adds 0.2
 * when the name has the word with the same diacritics ("zīle" ranks Zīle before Zilais). Every
 * word must be found somewhere in the result (its own document or, for a producer, its products);
 * a result's score is the sum over words of its best document for that word, plus small bonuses.
 */
import { compareSortKeys } from '$lib/text/collation';
import { stemLatvian } from '$lib/text/latvian-stemmer';
import type { MatchKind, ResultType } from '$lib/contracts/search/types';
import type { MatchRow } from './documents-repository';
import type { Word } from './words';

/** `translation`: a Latvian word the query's English, Romanian or Russian word stands for (translations.ts). */
export type VariantTier = 'stem' | 'prefix' | 'typo' | 'translation';
export type PlannedVariant = { stem: string; prefix: boolean; tier: VariantTier; folded: string };
export type PlannedWord = { word: Word; variants: PlannedVariant[]; categoryIds: readonly number[] };

/** A listing named with a query's place words ("Bērziņu medus" for "berzinu medus") ranks like a name match; partly named a little higher. */
export const PLACE_NAMED = 1;
export const PLACE_PARTLY_NAMED = 0.3;

export const TIER = { exact: 1, stem: 0.85, translation: 0.8, prefix: 0.6, body: 0.45, bodyTranslation: 0.4, bodyPrefix: 0.35, typo: 0.25, bodyTypo: 0.15, category: 0.12 } as const;
const PRODUCT_WEIGHT = 0.8;
const DIACRITIC_BONUS = 0.2;

export type WordHit = { score: number; kind: MatchKind; field: 'name' | 'body' | 'category' | 'none' };

const NONE: WordHit = { score: 0, kind: 'filter', field: 'none' };

function better(a: WordHit, b: WordHit): WordHit {
	return b.score > a.score ? b : a;
}

/** How well one document matches one query word. `bodyHits` are this word's variants' description hits. */
export function scoreWord(doc: Pick<MatchRow, 'entityType' | 'foldedNames' | 'nameStems' | 'rawNames' | 'categoryIds'>, w: PlannedWord, bodyHits: readonly boolean[]): WordHit {
	const weight = doc.entityType === 'product' ? PRODUCT_WEIGHT : 1;
	const nameWords = doc.foldedNames ? doc.foldedNames.split(' ') : [];
	const nameStems = doc.nameStems ? doc.nameStems.split(' ') : [];
	let hit = NONE;
	w.variants.forEach((v, i) => {
		if (v.tier === 'stem') {
			if (nameWords.includes(w.word.folded) && v.stem === w.word.stem) hit = better(hit, { score: TIER.exact * weight, kind: 'exact', field: 'name' });
			else if (nameStems.includes(v.stem)) hit = better(hit, { score: TIER.stem * weight, kind: 'stem', field: 'name' });
			if (bodyHits[i]) hit = better(hit, { score: TIER.body, kind: 'stem', field: 'body' });
		} else if (v.tier === 'translation') {
			if (nameStems.includes(v.stem)) hit = better(hit, { score: TIER.translation * weight, kind: 'stem', field: 'name' });
			if (bodyHits[i]) hit = better(hit, { score: TIER.bodyTranslation, kind: 'stem', field: 'body' });
		} else if (v.tier === 'prefix') {
			if (nameStems.some((s) => s.startsWith(v.stem)) || nameWords.some((n) => n.startsWith(v.folded))) hit = better(hit, { score: TIER.prefix * weight, kind: 'prefix', field: 'name' });
			if (bodyHits[i]) hit = better(hit, { score: TIER.bodyPrefix, kind: 'prefix', field: 'body' });
		} else {
			if (nameStems.includes(v.stem)) hit = better(hit, { score: TIER.typo * weight, kind: 'typo', field: 'name' });
			if (bodyHits[i]) hit = better(hit, { score: TIER.bodyTypo, kind: 'typo', field: 'body' });
		}
	});
	if (hit.field === 'name' && w.word.hasDiacritics && (hit.kind === 'exact' || hit.kind === 'stem')) {
		const raw = doc.rawNames ? doc.rawNames.split(' ') : [];
		if (raw.some((r) => r === w.word.raw || stemLatvian(r) === w.word.rawStem)) hit = { ...hit, score: hit.score + DIACRITIC_BONUS * weight };
	}
	if (hit.score < TIER.category && w.categoryIds.length && doc.categoryIds.some((id) => w.categoryIds.includes(id))) {
		hit = { score: TIER.category, kind: 'category', field: 'category' };
	}
	return hit;
}

export type ScoredDoc = MatchRow & { hits: WordHit[]; score: number };

export type Result = {
	type: ResultType;
	id: string;
	docs: ScoredDoc[];
	/** Best document per word (index into docs), or -1. */
	bestDocPerWord: number[];
	score: number;
	match: MatchKind;
	kind: string;
	categoryIds: Set<number>;
	labelIds: Set<number>;
	regionIds: Set<number>;
	municipalityIds: Set<number>;
	open: boolean;
	distanceKm: number | null;
	sortKey: string;
	/** All words found. */
	complete: boolean;
};

export type RankContext = {
	words: readonly PlannedWord[];
	/** Stems of each place match: a listing named with all of one group ranks like a name match, with some of them a little higher. */
	placeNames: readonly (readonly string[])[];
	/** Localities the place words named: listings there rank higher. */
	placeLocalityIds: readonly number[];
	/** Stop words of the query (folded). */
	stopWords: readonly string[];
	origin: { lat: number; lng: number } | null;
	/** A second point that only breaks ties (the place word's centre). */
	tieOrigin: { lat: number; lng: number } | null;
};

const MATCH_ORDER: MatchKind[] = ['exact', 'stem', 'prefix', 'typo', 'category', 'place', 'filter'];

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	return haversine(a.lat, a.lng, b.lat, b.lng);
}

/** Great-circle distance in km (numbers only: the search's inner loop calls it for every result). */
export function haversine(lat1: number, lng1: number, lat2: number, lng2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLng = (lng2 - lng1) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
	return 6371.0088 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Scores documents and folds them into results (a producer with its products). */
export function rankResults(rows: readonly MatchRow[], ctx: RankContext): Result[] {
	const offsets: number[] = [];
	let n = 0;
	for (const w of ctx.words) {
		offsets.push(n);
		n += w.variants.length;
	}
	const byResult = new Map<string, Result>();
	for (const row of rows) {
		const hits = ctx.words.map((w, i) => scoreWord(row, w, row.bodyHits.slice(offsets[i], offsets[i] + w.variants.length)));
		const doc: ScoredDoc = { ...row, hits, score: hits.reduce((s, h) => s + h.score, 0) };
		const key = `${row.resultType}:${row.resultId}`;
		let r = byResult.get(key);
		if (!r) {
			r = {
				type: row.resultType as ResultType,
				id: row.resultId,
				docs: [],
				bestDocPerWord: ctx.words.map(() => -1),
				score: 0,
				match: 'filter',
				kind: row.kind,
				categoryIds: new Set(),
				labelIds: new Set(),
				regionIds: new Set(),
				municipalityIds: new Set(),
				open: false,
				distanceKm: null,
				sortKey: row.sortKey,
				complete: false
			};
			byResult.set(key, r);
		}
		r.docs.push(doc);
		for (const id of row.categoryIds) r.categoryIds.add(id);
		for (const id of row.labelIds) r.labelIds.add(id);
		for (const id of row.regionIds) r.regionIds.add(id);
		for (const id of row.municipalityIds) r.municipalityIds.add(id);
		r.open ||= row.open;
		if (row.entityType !== 'product') r.sortKey = row.sortKey;
		if (ctx.origin && row.lat !== null && row.lng !== null) {
			const km = haversineKm(ctx.origin, { lat: row.lat, lng: row.lng });
			r.distanceKm = r.distanceKm === null ? km : Math.min(r.distanceKm, km);
		}
	}

	for (const r of byResult.values()) {
		let score = 0;
		let worst: MatchKind = 'exact';
		ctx.words.forEach((_, wi) => {
			let best = -1;
			r.docs.forEach((d, di) => {
				if (d.hits[wi].score > 0 && (best === -1 || d.hits[wi].score > r.docs[best].hits[wi].score)) best = di;
			});
			r.bestDocPerWord[wi] = best;
			const hit = best === -1 ? NONE : r.docs[best].hits[wi];
			score += hit.score;
			if (MATCH_ORDER.indexOf(hit.kind) > MATCH_ORDER.indexOf(worst)) worst = hit.kind;
		});
		r.complete = r.bestDocPerWord.every((i) => i !== -1);
		const productHits = Math.max(0, ...ctx.words.map((w) => productHitsOf(r.docs, w)));
		if (productHits > 1) score += 0.02 * Math.min(5, productHits - 1);
		const names = r.docs.flatMap((d) => (d.entityType === 'product' ? [] : d.nameStems.split(' ')));
		const named = ctx.placeNames.map((g) => g.filter((s) => names.includes(s)).length / g.length);
		if (named.some((x) => x === 1)) score += PLACE_NAMED;
		else if (named.some((x) => x > 0)) score += PLACE_PARTLY_NAMED;
		if (ctx.placeLocalityIds.length && r.docs.some((d) => d.localityId !== null && ctx.placeLocalityIds.includes(d.localityId))) score += 0.2;
		const ownWords = r.docs.flatMap((d) => d.foldedNames.split(' '));
		for (const sw of ctx.stopWords) if (ownWords.includes(sw)) score += 0.01;
		r.score = Math.round(score * 1000) / 1000;
		r.match = ctx.words.length ? worst : ctx.placeNames.length ? 'place' : 'filter';
	}
	return [...byResult.values()];
}

/**
 * How many of a result's products match one word: a stem or typo variant in the product's name,
 * or the product in the word's categories (counted per category, as score-sql.ts does).
 */
function productHitsOf(docs: readonly ScoredDoc[], w: PlannedWord): number {
	const products = docs.filter((d) => d.entityType === 'product');
	const byName = w.variants.filter((v) => v.tier !== 'prefix').map((v) => products.filter((d) => d.nameStems.split(' ').includes(v.stem)).length);
	const byCategory = w.categoryIds.length ? products.reduce((n, d) => n + d.categoryIds.filter((id) => w.categoryIds.includes(id)).length, 0) : 0;
	return Math.max(0, ...byName, byCategory);
}


export function sortResults(results: Result[], sort: 'relevance' | 'distance' | 'name', tieOrigin: { lat: number; lng: number } | null): Result[] {
	const tie = (r: Result) => {
		if (!tieOrigin) return 0;
		const d = r.docs.find((x) => x.lat !== null && x.lng !== null);
		return d ? haversineKm(tieOrigin, { lat: d.lat!, lng: d.lng! }) : Number.MAX_VALUE;
	};
	const dist = (r: Result) => r.distanceKm ?? Number.MAX_VALUE;
	const byName = (a: Result, b: Result) => compareSortKeys(a.sortKey, b.sortKey) || compareSortKeys(a.id, b.id);
	const sorted = [...results];
	if (sort === 'distance') sorted.sort((a, b) => dist(a) - dist(b) || b.score - a.score || byName(a, b));
	else if (sort === 'name') sorted.sort(byName);
	else sorted.sort((a, b) => b.score - a.score || dist(a) - dist(b) || tie(a) - tie(b) || byName(a, b));
	return sorted;
}

/** Filters that narrow results after matching; each facet is counted without its own filter. */
export type FacetFilter = {
	types: readonly string[];
	categoryIds: readonly number[] | null;
	kinds: readonly string[];
	labelIds: readonly number[] | null;
	regionIds: readonly number[] | null;
	municipalityIds: readonly number[] | null;
	openNow: boolean;
};

export type FacetName = 'type' | 'category' | 'kind' | 'label' | 'region' | 'municipality' | 'open';

const intersects = (set: Set<number>, ids: readonly number[]) => ids.some((id) => set.has(id));

export function passes(r: Result, f: FacetFilter, except?: FacetName): boolean {
	return (
		(except === 'type' || f.types.length === 0 || f.types.includes(r.type)) &&
		(except === 'category' || f.categoryIds === null || intersects(r.categoryIds, f.categoryIds)) &&
		(except === 'kind' || f.kinds.length === 0 || f.kinds.includes(r.kind)) &&
		(except === 'label' || f.labelIds === null || intersects(r.labelIds, f.labelIds)) &&
		(except === 'region' || f.regionIds === null || intersects(r.regionIds, f.regionIds)) &&
		(except === 'municipality' || f.municipalityIds === null || intersects(r.municipalityIds, f.municipalityIds)) &&
		(except === 'open' || !f.openNow || r.open)
	);
}

/** Counts per value of one facet over the results that pass every other filter. */
export function facetCounts(results: readonly Result[], f: FacetFilter, facet: Exclude<FacetName, 'open'>): Map<string, number> {
	const counts = new Map<string, number>();
	const add = (k: string | number) => counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
	for (const r of results) {
		if (!passes(r, f, facet)) continue;
		if (facet === 'type') add(r.type);
		else if (facet === 'kind') add(r.kind);
		else if (facet === 'category') r.categoryIds.forEach(add);
		else if (facet === 'label') r.labelIds.forEach(add);
		else if (facet === 'region') r.regionIds.forEach(add);
		else r.municipalityIds.forEach(add);
	}
	return counts;
}
