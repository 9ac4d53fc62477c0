/**
 * The best k results in the ranking's order without sorting all of them: each result is offered
 * once and compared, by its numbers, with the worst of a sorted window of k — most are turned
 * away there, without allocating anything. Orders (the only definition of the page's order):
 *   relevance  score desc, distance asc, tie-break distance asc, name, id
 *   distance   distance asc, score desc, name, id
 *   name       name, id   (byte order of the folded sort key, as `collate "C"`)
 * A missing distance (NO) sorts last.
 */
import { compareSortKeys as bytes } from '../../text/collation';
import type { MemoryIndex } from './memory-index';

export const NO = -1;

type Entry = { slot: number; score: number; dist: number };

const asc = (a: number, b: number) => (a === b ? 0 : a === NO ? 1 : b === NO ? -1 : a - b);

export class TopK {
	private readonly window: Entry[] = [];

	constructor(
		private readonly k: number,
		private readonly sort: 'relevance' | 'distance' | 'name',
		private readonly ix: MemoryIndex,
		/** The tie-break distance of a slot (relevance only), NO when there is none. */
		private readonly tieOf: ((slot: number) => number) | null
	) {}

	private byName(a: number, b: number): number {
		const prefixes = this.ix.namePrefixes[a] - this.ix.namePrefixes[b];
		return prefixes || bytes(this.ix.sortKeys[a], this.ix.sortKeys[b]) || bytes(this.ix.ids[a], this.ix.ids[b]);
	}

	/** <0: a before b. */
	private compare(aSlot: number, aScore: number, aDist: number, b: Entry): number {
		if (this.sort === 'name') return this.byName(aSlot, b.slot);
		if (this.sort === 'distance') return asc(aDist, b.dist) || b.score - aScore || this.byName(aSlot, b.slot);
		return b.score - aScore || asc(aDist, b.dist) || (this.tieOf ? asc(this.tieOf(aSlot), this.tieOf(b.slot)) : 0) || this.byName(aSlot, b.slot);
	}

	/** Sorting by distance, a result farther than the window's worst cannot enter (no score needed). */
	farther(dist: number): boolean {
		const w = this.window;
		return this.sort === 'distance' && (this.k <= 0 || (w.length === this.k && asc(dist, w[w.length - 1].dist) > 0));
	}

	offer(slot: number, score: number, dist: number): void {
		const w = this.window;
		if (this.k <= 0) return;
		if (w.length === this.k && this.compare(slot, score, dist, w[w.length - 1]) >= 0) return;
		let lo = 0;
		let hi = w.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.compare(slot, score, dist, w[mid]) < 0) hi = mid;
			else lo = mid + 1;
		}
		w.splice(lo, 0, { slot, score, dist });
		if (w.length > this.k) w.pop();
	}

	slots(): number[] {
		return this.window.map((e) => e.slot);
	}
}
