import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from './collect-garbage';

/** How much the heap must have grown since the last collection before a quiet spell collects it. */
const GROWN_BYTES = 16 * 1024 * 1024;
const CHECK_MS = 5_000;

const scratchHolders: (() => void)[] = [];

/**
 * Memory kept only to be reused by the next request (pools of arrays the size of the search index)
 * is dropped before an idle collection: a quiet server needs none of it, and the next search
 * allocates it again in a millisecond or two.
 */
export function releaseWhenIdle(drop: () => void): void {
	scratchHolders.push(drop);
}

/**
 * One full garbage collection once the server has gone quiet after serving requests, when the heap
 * has grown since the last one. V8 collects its old generation only under pressure and keeps the
 * space it grew, so after a busy spell (a few thousand searches at 100k producers) the process
 * stayed at the peak's size for as long as it ran; a collection while nobody waits gives it back
 * (~60 ms at that size, bench/README.md, memory). This is what V8's own memory reducer does for
 * a browser tab in the background, which a server never becomes.
 */
export class IdleCollector {
	private lastRequest = 0;
	private served = 0;
	private heapAfterLast = 0;

	constructor(
		private readonly quietMs: number,
		private readonly collect: () => void = () => {
			for (const drop of scratchHolders) drop();
			collectGarbage();
		},
		private readonly heapSize: () => number = () => getHeapStatistics().total_heap_size,
		private readonly now: () => number = Date.now
	) {}

	noteRequest(): void {
		this.lastRequest = this.now();
		this.served++;
	}

	/** Collects when requests were served since the last collection, none for `quietMs`, and the heap grew. */
	check(): boolean {
		if (this.served === 0 || this.now() - this.lastRequest < this.quietMs) return false;
		if (this.heapSize() < this.heapAfterLast + GROWN_BYTES) return false;
		this.served = 0;
		this.collect();
		this.heapAfterLast = this.heapSize();
		return true;
	}
}

let timer: ReturnType<typeof setInterval> | null = null;

/** The process's collector, checking every few seconds from its first request on (0 seconds: never). */
export function startIdleCollection(quietSeconds: number): IdleCollector | null {
	if (quietSeconds === 0) return null;
	const collector = new IdleCollector(quietSeconds * 1000);
	timer ??= setInterval(() => collector.check(), CHECK_MS);
	// never what keeps the process alive
	timer.unref();
	return collector;
}
