/**
 * One query word's score for every result it can be found in, from the memory index's postings —
 * ranking.ts's scoreWord() tiers, applied per result: the best of the listing's names, its
 * products' names (×0.8) and the descriptions, a diacritic bonus on the side whose name has the
 * word as typed, and a category word's floor. ranking.ts stays the readable definition (and
 * explains the page's hits); relevance.db.test.ts checks that both rank alike.
 */
import type { MemoryIndex } from './memory-index';
import { TIER, type PlannedVariant, type PlannedWord } from './ranking';
import { releaseWhenIdle } from '../runtime/idle-collection';

const PRODUCT_WEIGHT = 0.8;
const DIACRITIC_BONUS = 0.2;

export type WordScores = {
	/** Score per slot (0: not found). */
	score: Float64Array;
	/** Products matching the word per slot (for the several-products bonus). */
	products: Int32Array;
	/** Slots with score > 0, ascending (a view of the pooled `order`). */
	slots: Int32Array;
	/** Where score and products live (pooled: see releaseScores). */
	arrays: Arrays;
};

/**
 * Arrays of the index's size are reused from query to query (allocating and collecting megabytes
 * per word cost more than the scoring): a query takes them with `takeArrays`, and
 * `releaseScores` zeroes what it wrote and gives them back. The search is synchronous from
 * scoring to release, so no two queries share them.
 */
type Arrays = {
	listing: Float64Array;
	product: Float64Array;
	other: Float64Array;
	score: Float64Array;
	products: Int32Array;
	inCategories: Int32Array;
	/** Bits: 1 a listing name has a stem variant, 2 a product name has; 4 / 8 the diacritic bonus on that side. */
	marks: Uint8Array;
	seen: Uint8Array;
	/** The found slots in order (the first WordScores.slots.length entries). */
	order: Int32Array;
};
const pool: Arrays[] = [];
releaseWhenIdle(() => (pool.length = 0));

function takeArrays(n: number): Arrays {
	let a = pool.pop();
	while (a && a.score.length < n) a = pool.pop();
	return (
		a ?? {
			listing: new Float64Array(n),
			product: new Float64Array(n),
			other: new Float64Array(n),
			score: new Float64Array(n),
			products: new Int32Array(n),
			inCategories: new Int32Array(n),
			marks: new Uint8Array(n),
			seen: new Uint8Array(n),
			order: new Int32Array(n)
		}
	);
}

/** Zeroes what the query wrote and returns the arrays to the pool. */
export function releaseScores(scores: readonly WordScores[]): void {
	for (const s of scores) {
		const a = s.arrays;
		if (s.slots.length * 8 > a.score.length) {
			// most slots written: clearing whole arrays is faster than slot by slot
			for (const arr of [a.listing, a.product, a.other, a.score, a.products, a.inCategories, a.marks, a.seen]) arr.fill(0);
		} else {
			for (const slot of s.slots) {
				a.listing[slot] = a.product[slot] = a.other[slot] = a.score[slot] = 0;
				a.products[slot] = a.inCategories[slot] = a.marks[slot] = a.seen[slot] = 0;
			}
		}
		// four sets cover nearly every search; a new set is 5 MB outside the heap at 100k producers,
		// and that much new outside memory soon makes V8 run a full collection (two sets kept:
		// 48–55 full collections in a run of 3,000 searches; four: 18–19)
		if (pool.length < 4) pool.push(a);
	}
}

export function scoreWordAll(ix: MemoryIndex, w: PlannedWord): WordScores {
	const arrays = takeArrays(ix.size);
	const { listing, product, other, products, inCategories, marks, seen, score, order } = arrays;
	const raise = (into: Float64Array, term: string, value: number, mark = 0) => {
		const p = ix.posting(term);
		if (!p) return;
		const slots = p.slots;
		for (let i = 0; i < p.length; i++) {
			const slot = slots[i];
			if (into[slot] < value) into[slot] = value;
			if (mark) marks[slot] |= mark;
			seen[slot] = 1;
		}
	};
	const raisePrefix = (into: Float64Array, prefix: string, value: number) => {
		for (const term of ix.termsStartingWith(prefix)) raise(into, term, value);
	};

	for (const v of w.variants) scoreVariant(w, v, { raise, raisePrefix, listing, product, other });

	// several products with the word (stem and typo variants by name; categories by product)
	for (const v of w.variants) {
		if (v.tier === 'prefix') continue;
		const p = ix.posting('p:' + v.stem);
		if (p?.counts) for (let i = 0; i < p.length; i++) if (products[p.slots[i]] < p.counts[i]) products[p.slots[i]] = p.counts[i];
	}
	const byCategory = w.categoryIds.length > 0;
	for (const id of w.categoryIds) {
		const p = ix.posting('c:' + id);
		if (!p?.counts) continue;
		for (let i = 0; i < p.length; i++) {
			const slot = p.slots[i];
			inCategories[slot] += p.counts[i];
			if (other[slot] < TIER.category) other[slot] = TIER.category;
			seen[slot] = 1;
		}
	}

	markDiacriticBonus(ix, w, marks);
	// in slot order (a scan of the seen flags, cheaper than sorting): the search then reads every
	// per-slot array front to back instead of jumping around them
	let found = 0;
	for (let slot = 0, n = ix.size; slot < n; slot++) {
		if (!seen[slot]) continue;
		order[found++] = slot;
		if (byCategory && products[slot] < inCategories[slot]) products[slot] = inCategories[slot];
		const m = marks[slot];
		const l = m & 4 && listing[slot] > 0 ? listing[slot] + DIACRITIC_BONUS : listing[slot];
		const p = m & 8 && product[slot] > 0 ? product[slot] + DIACRITIC_BONUS * PRODUCT_WEIGHT : product[slot];
		score[slot] = Math.max(l, p, other[slot]);
	}
	return { score, products, slots: order.subarray(0, found), arrays };
}

type Raisers = {
	raise: (into: Float64Array, term: string, value: number, mark?: number) => void;
	raisePrefix: (into: Float64Array, prefix: string, value: number) => void;
	listing: Float64Array;
	product: Float64Array;
	other: Float64Array;
};

function scoreVariant(w: PlannedWord, v: PlannedVariant, { raise, raisePrefix, listing, product, other }: Raisers): void {
	if (v.tier === 'stem') {
		if (v.stem === w.word.stem) {
			raise(listing, 'w:' + w.word.folded, TIER.exact, 1);
			raise(product, 'q:' + w.word.folded, TIER.exact * PRODUCT_WEIGHT, 2);
		}
		raise(listing, 'n:' + v.stem, TIER.stem, 1);
		raise(product, 'p:' + v.stem, TIER.stem * PRODUCT_WEIGHT, 2);
		raise(other, 'b:' + v.stem, TIER.body);
	} else if (v.tier === 'translation') {
		raise(listing, 'n:' + v.stem, TIER.translation, 1);
		raise(product, 'p:' + v.stem, TIER.translation * PRODUCT_WEIGHT, 2);
		raise(other, 'b:' + v.stem, TIER.bodyTranslation);
	} else if (v.tier === 'prefix') {
		raisePrefix(listing, 'n:' + v.stem, TIER.prefix);
		raisePrefix(listing, 'w:' + v.folded, TIER.prefix);
		raisePrefix(product, 'p:' + v.stem, TIER.prefix * PRODUCT_WEIGHT);
		raisePrefix(product, 'q:' + v.folded, TIER.prefix * PRODUCT_WEIGHT);
		raisePrefix(other, 'b:' + v.stem, TIER.bodyPrefix);
	} else {
		raise(listing, 'n:' + v.stem, TIER.typo);
		raise(product, 'p:' + v.stem, TIER.typo * PRODUCT_WEIGHT);
		raise(other, 'b:' + v.stem, TIER.bodyTypo);
	}
}

/**
 * Marks (4 listing, 8 products) the sides whose name has a stem variant and the word's diacritic
 * spelling: "zīle" ranks Zīle before Zilais.
 */
function markDiacriticBonus(ix: MemoryIndex, w: PlannedWord, marks: Uint8Array): void {
	if (!w.word.hasDiacritics || !w.variants.some((v) => v.tier === 'stem')) return;
	for (const [prefix, mark, bonus] of [['r:', 1, 4], ['s:', 2, 8]] as const) {
		const p = ix.posting(prefix + w.word.rawStem);
		if (p) for (let i = 0; i < p.length; i++) if (marks[p.slots[i]] & mark) marks[p.slots[i]] |= bonus;
	}
}
