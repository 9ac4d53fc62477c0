/**
 * Postings of a full index load (MemoryIndex.startBulk … trim): each term's slots (and counts)
 * append into blocks cut from a few large slabs, then `pool()` copies every posting into one
 * typed array of exactly the right size and the slabs go.
 *
 * Why: growing thousands of separate typed arrays by doubling freed ~2× their final size in
 * small native allocations, which malloc keeps — ~120 MB of the process's RSS at 100k results,
 * never used again. Plain arrays on the V8 heap instead were worse (8 bytes a number, and the
 * grown heap stays). Slabs are large enough to be mapped and unmapped whole.
 */
import type { Posting } from './memory-index';

/** A count as stored: products per stem or category of one result, at most 65,535 (16 bits: 7 MB less at 100k). */
export const storedCount = (n: number | null): number => Math.min(n ?? 1, 0xffff);

/** Ints per slab: 32 MB, glibc's largest threshold for mapping an allocation by itself (pages never touched stay virtual). */
const SLAB = 8 * 1024 * 1024;
const FIRST_BLOCK = 4;
const LARGEST_BLOCK = 64 * 1024;

type Growing = { blocks: Int32Array[]; counts: Uint16Array[] | null; used: number; length: number };

export class PostingBuilder {
	private readonly terms = new Map<string, Growing>();
	private slab = new Int32Array(0);
	private offset = 0;
	private countSlab = new Uint16Array(0);
	private countOffset = 0;

	add(term: string, slot: number, count: number | null): void {
		let g = this.terms.get(term);
		if (!g) {
			g = { blocks: [], counts: count === null ? null : [], used: 0, length: 0 };
			this.terms.set(term, g);
		}
		let last = g.blocks[g.blocks.length - 1];
		if (!last || g.used === last.length) {
			const size = last ? Math.min(LARGEST_BLOCK, last.length * 2) : FIRST_BLOCK;
			last = this.take(size);
			g.blocks.push(last);
			g.counts?.push(this.takeCounts(size));
			g.used = 0;
		}
		last[g.used] = slot;
		if (g.counts) g.counts[g.counts.length - 1][g.used] = storedCount(count);
		g.used++;
		g.length++;
	}

	/** Every posting as views of one slot array (and one count array), in the order terms were first seen. */
	pool(): Map<string, Posting> {
		let total = 0;
		let counted = 0;
		for (const g of this.terms.values()) {
			total += g.length;
			if (g.counts) counted += g.length;
		}
		const slots = new Int32Array(total);
		const counts = new Uint16Array(counted);
		const out = new Map<string, Posting>();
		let s = 0;
		let c = 0;
		for (const [term, g] of this.terms) {
			const p: Posting = { slots: slots.subarray(s, s + g.length), counts: null, length: g.length };
			s = copyBlocks(g.blocks, g.length, slots, s);
			if (g.counts) {
				p.counts = counts.subarray(c, c + g.length);
				c = copyBlocks(g.counts, g.length, counts, c);
			}
			out.set(term, p);
		}
		this.terms.clear();
		this.slab = new Int32Array(0);
		this.countSlab = new Uint16Array(0);
		return out;
	}

	private take(size: number): Int32Array {
		if (this.offset + size > this.slab.length) {
			this.slab = new Int32Array(SLAB);
			this.offset = 0;
		}
		this.offset += size;
		return this.slab.subarray(this.offset - size, this.offset);
	}

	private takeCounts(size: number): Uint16Array {
		if (this.countOffset + size > this.countSlab.length) {
			this.countSlab = new Uint16Array(SLAB * 2);
			this.countOffset = 0;
		}
		this.countOffset += size;
		return this.countSlab.subarray(this.countOffset - size, this.countOffset);
	}
}

function copyBlocks<T extends Int32Array | Uint16Array>(blocks: T[], length: number, into: T, at: number): number {
	let left = length;
	for (const block of blocks) {
		const n = Math.min(left, block.length);
		into.set(n === block.length ? block : (block.subarray(0, n) as T), at);
		at += n;
		left -= n;
	}
	return at;
}
