/**
 * The in-memory copy of search_results that each app process searches (decision 004): an
 * inverted index from terms to result slots plus each slot's filter attributes in flat arrays.
 * Pure data structure — loading and freshness live in results-repository.ts / freshness.ts,
 * matching and counting in engine.ts.
 *
 * Terms are prefixed by where the word was found:
 *   n: stem in the listing's names    p: stem in its products' names (with the number of products)
 *   w: folded word of listing names   q: folded word of product names
 *   r: raw (diacritic) stem, listing  s: raw stem, products
 *   b: stem in a description          c: category id (with the number of products in it)
 * A removed or replaced result only loses its slot (alive = 0); its postings stay until the next
 * full load, which happens when a quarter of the slots are dead.
 */
import type { ResultType } from '$lib/contracts/search/types';
import { isOpenAt } from '../../domain/opening-hours';
import { RESULT_ORDER } from './document-kinds';
import { InternedLists } from './id-lists';
import { PostingBuilder, storedCount } from './posting-builder';
import { allowedEdits, withinEdits, type TermCandidate } from './typos';

/** Where a search document stands and what it is filed under: the fields the filters and facets read. */
export type DocumentPlacement = {
	categoryIds: number[];
	labelIds: number[];
	regionIds: number[];
	municipalityIds: number[];
	localityId: number | null;
	lat: number | null;
	lng: number | null;
};

export type IndexRow = DocumentPlacement & {
	resultType: ResultType;
	resultId: string;
	kind: string;
	sortKey: string;
	names: string;
	productNames: string;
	rawStems: string;
	productRawStems: string;
	nameStems: string;
	bodyStems: string;
	productNameStems: string[];
	productCategoryIds: number[];
	/** OpenStreetMap opening_hours values it is open by (a producer: its sales points'). */
	hours: string[];
};

/**
 * Slots of one term (the first `length` entries of a growing typed array), and per slot a count
 * for the counted terms (products with the stem, products in the category); null: 1 each.
 */
export type Posting = { slots: Int32Array; counts: Uint16Array | null; length: number };

/** Result types in the order of the page's groups (the registered document kinds); slots carry the index. */
export { RESULT_ORDER };

export class MemoryIndex {
	generation = 0;
	readonly postings = new Map<string, Posting>();
	readonly slotOf = new Map<string, number>();
	alive: number[] = [];
	ids: string[] = [];
	/** Kinds as small numbers (kindNames[code]), so facets count into arrays. */
	kindCodes: number[] = [];
	readonly kindNames: string[] = [];
	/** Greater than every category, label and territory id (the size of a counting array). */
	idLimit = 1;
	sortKeys: string[] = [];
	/** The sort key's first three UTF-16 units as one number (namePrefix), compared before the strings. */
	namePrefixes: number[] = [];
	/** The public point; NaN when there is none (arrays of plain doubles stay fast). */
	lats: number[] = [];
	lngs: number[] = [];
	/** cos(latitude) of the point, for distances (haversine) without recomputing it per query. */
	cosLats: number[] = [];
	/** RESULT_ORDER index of each slot's type. */
	typeCodes: number[] = [];
	localities: (number | null)[] = [];
	readonly categories = new InternedLists();
	readonly labels = new InternedLists();
	readonly regions = new InternedLists();
	readonly municipalities = new InternedLists();
	/** Per slot, which of the distinct opening-hours lists it has (-1: none); results share them. */
	hoursCodes: number[] = [];
	private readonly hoursLists: string[][] = [];
	private readonly hoursCodeOf = new Map<string, number>();
	private sortedTerms: string[] | null = null;
	/** Postings of a full load under way (startBulk … trim). */
	private pending: PostingBuilder | null = null;
	/** The vocabulary (search_terms) by word length in letters, for typo correction. */
	private vocabulary: { term: TermCandidate; letters: string[] }[][] = [];
	dead = 0;

	get size(): number {
		return this.ids.length;
	}

	/** Adds a result (replacing its earlier slot, if any). */
	put(row: IndexRow): void {
		this.remove(row.resultId);
		const slot = this.ids.length;
		this.slotOf.set(row.resultId, slot);
		this.alive.push(1);
		this.ids.push(row.resultId);
		let code = this.kindNames.indexOf(row.kind);
		if (code === -1) code = this.kindNames.push(row.kind) - 1;
		this.kindCodes.push(code);
		for (const ids of [row.categoryIds, row.labelIds, row.regionIds, row.municipalityIds]) for (const id of ids) if (id >= this.idLimit) this.idLimit = id + 1;
		this.sortKeys.push(row.sortKey);
		this.namePrefixes.push(namePrefix(row.sortKey));
		this.lats.push(row.lat ?? NaN);
		this.lngs.push(row.lng ?? NaN);
		this.cosLats.push(row.lat === null ? NaN : Math.cos((row.lat * Math.PI) / 180));
		this.typeCodes.push(RESULT_ORDER.indexOf(row.resultType));
		this.localities.push(row.localityId);
		this.categories.push(row.categoryIds);
		this.labels.push(row.labelIds);
		this.regions.push(row.regionIds);
		this.municipalities.push(row.municipalityIds);
		this.hoursCodes.push(this.hoursCode(row.hours));
		this.addWords('n:', row.nameStems, slot);
		this.addWords('w:', row.names, slot);
		this.addWords('r:', row.rawStems, slot);
		this.addWords('q:', row.productNames, slot);
		this.addWords('s:', row.productRawStems, slot);
		this.addWords('b:', row.bodyStems, slot);
		this.addCounted('p:', row.productNameStems.map(String), slot);
		// every product (or the listing itself) being in a category: the category word's floor and filter
		this.addCounted('c:', row.productCategoryIds.map(String), slot, new Set(row.categoryIds.map(String)));
		this.sortedTerms = null;
	}

	/** A full load into this new index (freshness.ts) follows: postings build in posting-builder.ts until `trim()`. */
	startBulk(): void {
		if (this.postings.size) throw new Error('startBulk: the index already has postings');
		this.pending = new PostingBuilder();
	}

	/**
	 * After a full load: every posting's slots (and counts) as views of one typed array, exactly as
	 * long as they are; an incremental put later grows a posting into an array of its own.
	 */
	trim(): void {
		if (!this.pending) return;
		for (const [term, p] of this.pending.pool()) this.postings.set(term, p);
		this.pending = null;
		this.sortedTerms = null;
	}

	remove(resultId: string): void {
		const slot = this.slotOf.get(resultId);
		if (slot === undefined) return;
		this.alive[slot] = 0;
		this.slotOf.delete(resultId);
		this.dead++;
	}

	posting(term: string): Posting | undefined {
		return this.postings.get(term);
	}

	/** Terms with this prefix (already prefixed, e.g. "n:ievar"), from a sorted vocabulary. */
	termsStartingWith(prefix: string): string[] {
		const terms = (this.sortedTerms ??= [...this.postings.keys()].sort());
		let lo = 0;
		let hi = terms.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (terms[mid] < prefix) lo = mid + 1;
			else hi = mid;
		}
		const out: string[] = [];
		for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) out.push(terms[i]);
		return out;
	}

	/** Whether a name, product name or description of a live result has this stem (not counting stale postings exactly: a full load drops those). */
	hasStem(stem: string): boolean {
		return this.postings.has('n:' + stem) || this.postings.has('p:' + stem) || this.postings.has('b:' + stem);
	}

	/** Whether some stem starts with this (a word still being typed: "ievarij"). */
	hasStemWithPrefix(prefix: string): boolean {
		return ['n:', 'p:', 'b:'].some((kind) => this.termsStartingWith(kind + prefix).length > 0);
	}

	setVocabulary(terms: readonly TermCandidate[]): void {
		const byLength: { term: TermCandidate; letters: string[] }[][] = [];
		for (const term of terms) {
			const letters = [...term.term];
			(byLength[letters.length] ??= []).push({ term, letters });
		}
		this.vocabulary = byLength;
	}

	/** Vocabulary words within the edit distance a word of this length may have (typos.ts decides among them). */
	typoCandidates(word: string): TermCandidate[] {
		const letters = [...word];
		const max = allowedEdits(letters.length);
		const out: TermCandidate[] = [];
		if (max === 0) return out;
		for (let len = Math.max(1, letters.length - max); len <= letters.length + max; len++) {
			for (const v of this.vocabulary[len] ?? []) if (withinEdits(letters, v.letters, max)) out.push(v.term);
		}
		return out;
	}

	private hoursCode(hours: readonly string[]): number {
		const list = hours.filter(Boolean);
		if (!list.length) return -1;
		const key = list.join('\n');
		let code = this.hoursCodeOf.get(key);
		if (code === undefined) {
			code = this.hoursLists.push(list) - 1;
			this.hoursCodeOf.set(key, code);
		}
		return code;
	}

	private openMemo = { generation: -1, size: -1, minute: -1, bits: new Uint8Array(0) };

	/**
	 * 1 per slot open at this minute (minutes since 1970, see hours.ts): worked out once a minute,
	 * not per search, asking the domain once per distinct opening-hours list.
	 */
	openAt(minute: number): Uint8Array {
		const m = this.openMemo;
		if (m.generation !== this.generation || m.size !== this.size || m.minute !== minute) {
			const at = new Date(minute * 60_000);
			const openByCode = this.hoursLists.map((list) => (isOpenAt(list, at) ? 1 : 0));
			const bits = new Uint8Array(this.size);
			for (let slot = 0; slot < this.size; slot++) {
				const code = this.hoursCodes[slot];
				if (code !== -1) bits[slot] = openByCode[code];
			}
			this.openMemo = { generation: this.generation, size: this.size, minute, bits };
		}
		return this.openMemo.bits;
	}

	private addWords(prefix: string, words: string, slot: number): void {
		if (!words) return;
		for (const w of new Set(words.split(' '))) if (w) this.append(prefix + w, slot, null);
	}

	/** One entry per distinct value with its number of occurrences; `present` values count at least once. */
	private addCounted(prefix: string, values: readonly string[], slot: number, present: Set<string> = new Set()): void {
		const counts = new Map<string, number>();
		for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
		for (const v of present) if (!counts.has(v)) counts.set(v, 0);
		for (const [v, n] of counts) this.append(prefix + v, slot, n);
	}

	private append(term: string, slot: number, count: number | null): void {
		if (this.pending) return this.pending.add(term, slot, count);
		let p = this.postings.get(term);
		if (!p) {
			p = { slots: new Int32Array(4), counts: count === null ? null : new Uint16Array(4), length: 0 };
			this.postings.set(term, p);
		}
		if (p.length === p.slots.length) {
			const grown = new Int32Array(Math.max(4, p.slots.length * 2));
			grown.set(p.slots);
			p.slots = grown;
			if (p.counts) {
				const counts = new Uint16Array(grown.length);
				counts.set(p.counts);
				p.counts = counts;
			}
		}
		p.slots[p.length] = slot;
		if (p.counts) p.counts[p.length] = storedCount(count);
		p.length++;
	}
}

/**
 * The first three UTF-16 code units in one exact number (48 bits): two keys that differ there
 * compare like the strings (a shorter key pads with 0, which sorts first as the prefix does);
 * equal numbers leave it to the strings. Ranking by name compares numbers for most results.
 */
export function namePrefix(key: string): number {
	return (key.charCodeAt(0) || 0) * 2 ** 32 + (key.charCodeAt(1) || 0) * 2 ** 16 + (key.charCodeAt(2) || 0);
}
