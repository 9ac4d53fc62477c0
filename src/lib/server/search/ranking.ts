/**
 * The ranking's tiers, and the explanation of a page's hits (pure). Tiers, best first:
 *   exact word in a name 1.0 > other form of it (stem) 0.85 > its Latvian translation 0.8 >
 *   started word (prefix) 0.6 > in a description 0.45 (translation 0.4, prefix 0.35) >
 *   typo-corrected word 0.25 / 0.15 > category word 0.12.
 * A product's name counts 0.8 of its producer's own name. A query typed with diacritics adds 0.2
 * when the name has the word with the same diacritics ("zīle" ranks Zīle before Zilais). Every
 * word must be found somewhere in the result (its own document or, for a producer, its products);
 * a result's score is the sum over words of its best document for that word, plus small bonuses.
 *
 * The engine (engine.ts, word-scores.ts) applies these tiers to every result and computes the one
 * score (decision 011). Here scoreWord() applies them to the documents of the page's results only
 * to explain each hit: which field of which document matched each word (the snippet) and how
 * (the match kind); explainResults() folds the documents into results without scoring them again.
 */
import { stemLatvian } from '../../text/latvian-stemmer';
import type { MatchKind, ResultType } from '../../contracts/search/types';
import { isListingRow, type MatchRow } from './documents-repository';
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

/** A page result's documents, explained: which document matched each word best, and how. */
export type Result = {
	type: ResultType;
	id: string;
	docs: ScoredDoc[];
	/** Best document per word (index into docs), or -1. */
	bestDocPerWord: number[];
	/** The weakest word's match kind: what the hit says it matched by. */
	match: MatchKind;
	kind: string;
	categoryIds: Set<number>;
	distanceKm: number | null;
	sortKey: string;
	/** All words found. */
	complete: boolean;
};

export type ExplainContext = {
	words: readonly PlannedWord[];
	/** Stems of each place match (a result found by place words alone matched by 'place'). */
	placeNames: readonly (readonly string[])[];
	/** Distances are measured from here (the hits' distanceKm). */
	origin: { lat: number; lng: number } | null;
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

/**
 * Folds documents into results (a producer with its products) and finds each word's best document.
 * Each row becomes its scored document in place.
 */
export function explainResults(rows: MatchRow[], ctx: ExplainContext): Result[] {
	const offsets: number[] = [];
	let n = 0;
	for (const w of ctx.words) {
		offsets.push(n);
		n += w.variants.length;
	}
	const byResult = new Map<string, Result>();
	for (const row of rows) {
		const hits = ctx.words.map((w, i) => scoreWord(row, w, row.bodyHits.slice(offsets[i], offsets[i] + w.variants.length)));
		// the row itself becomes the scored document (a copy per row was garbage kept across the SQL wait)
		const doc: ScoredDoc = Object.assign(row, { hits, score: hits.reduce((s, h) => s + h.score, 0) });
		const key = `${row.resultType}:${row.resultId}`;
		let r = byResult.get(key);
		if (!r) {
			r = {
				type: row.resultType as ResultType,
				id: row.resultId,
				docs: [],
				bestDocPerWord: ctx.words.map(() => -1),
				match: 'filter',
				// the listing's own row tells these (a product's row carries only its names)
				kind: '',
				categoryIds: new Set(),
				distanceKm: null,
				sortKey: '',
				complete: false
			};
			byResult.set(key, r);
		}
		r.docs.push(doc);
		for (const id of row.categoryIds) r.categoryIds.add(id);
		if (isListingRow(row)) {
			r.sortKey = row.sortKey;
			r.kind = row.kind;
			if (ctx.origin && row.lat !== null && row.lng !== null) r.distanceKm = haversineKm(ctx.origin, { lat: row.lat, lng: row.lng });
		}
	}

	for (const r of byResult.values()) {
		let worst: MatchKind = 'exact';
		ctx.words.forEach((_, wi) => {
			let best = -1;
			r.docs.forEach((d, di) => {
				if (d.hits[wi].score > 0 && (best === -1 || d.hits[wi].score > r.docs[best].hits[wi].score)) best = di;
			});
			r.bestDocPerWord[wi] = best;
			const hit = best === -1 ? NONE : r.docs[best].hits[wi];
			if (MATCH_ORDER.indexOf(hit.kind) > MATCH_ORDER.indexOf(worst)) worst = hit.kind;
		});
		r.complete = r.bestDocPerWord.every((i) => i !== -1);
		r.match = ctx.words.length ? worst : ctx.placeNames.length ? 'place' : 'filter';
	}
	return [...byResult.values()];
}

/** Filters that narrow results after matching (the engine's); each facet is counted without its own filter. */
export type FacetFilter = {
	types: readonly string[];
	categoryIds: readonly number[] | null;
	kinds: readonly string[];
	labelIds: readonly number[] | null;
	regionIds: readonly number[] | null;
	municipalityIds: readonly number[] | null;
	openNow: boolean;
};
