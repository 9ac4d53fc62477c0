/**
 * The engine's recent answers per memory index (generation-lru.ts): the same words, filters,
 * place and minute give the same ranking and counts until the index's generation moves on, so a
 * repeated search (a popular word, a browse page, the next visitor with the same link) skips
 * matching and counting 100,000 results. Derived data in one process, checked against the
 * database's generation on every search (freshness.ts), so it never outlives a change.
 * SEARCH_CACHE_ENTRIES bounds it (0 turns it off).
 */
import { config } from '$lib/server/config/env';
import { evaluate, type RankedPage, type RankQuery } from './engine';
import { GenerationLru } from './generation-lru';
import type { MemoryIndex } from './memory-index';

const caches = new WeakMap<MemoryIndex, GenerationLru<RankedPage>>();

export function evaluateCached(ix: MemoryIndex, q: RankQuery, entries = config().SEARCH_CACHE_ENTRIES): RankedPage {
	let cache = caches.get(ix);
	if (!cache) caches.set(ix, (cache = new GenerationLru()));
	return cache.get(ix.generation, JSON.stringify(q), entries, () => evaluate(ix, q));
}
