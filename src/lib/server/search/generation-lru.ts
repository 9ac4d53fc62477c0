/**
 * Recent answers of one kind, valid for one generation of the search index: a search engine's
 * request cache. A repeated search or prefix is answered without matching again until the
 * generation moves on (any change to the search rows, in any process), then everything goes.
 * The least recently used answer is dropped first; `entries` 0 keeps nothing.
 */
export class GenerationLru<T> {
	private generation = Number.NaN;
	private readonly answers = new Map<string, T>();

	/** The answer for `key` at `generation`, computing and keeping it when it is not there. */
	get(generation: number, key: string, entries: number, compute: () => T): T {
		if (entries === 0) return compute();
		if (generation !== this.generation) {
			this.answers.clear();
			this.generation = generation;
		}
		const hit = this.answers.get(key);
		if (hit !== undefined) {
			// most recently used last: a Map keeps insertion order
			this.answers.delete(key);
			this.answers.set(key, hit);
			return hit;
		}
		const answer = compute();
		this.answers.set(key, answer);
		while (this.answers.size > entries) this.answers.delete(this.answers.keys().next().value!);
		return answer;
	}

	/** An answer that arrives later, as `get`; a failed one is not kept (the next call tries again). */
	getAsync<U>(this: GenerationLru<Promise<U>>, generation: number, key: string, entries: number, compute: () => Promise<U>): Promise<U> {
		return this.get(generation, key, entries, () =>
			compute().catch((e: unknown) => {
				this.answers.delete(key);
				throw e;
			})
		);
	}
}

/** The cache of one owner (a database, an index), made on first use. */
export function cacheOf<K extends object, T>(caches: WeakMap<K, GenerationLru<T>>, owner: K): GenerationLru<T> {
	let cache = caches.get(owner);
	if (!cache) caches.set(owner, (cache = new GenerationLru<T>()));
	return cache;
}
