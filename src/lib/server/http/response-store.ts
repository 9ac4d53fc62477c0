/** One finished response as it went out: status, headers and the (compressed) body bytes. */
export type StoredResponse = { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> };

/**
 * Finished responses of one data generation (hooks/response-cache.ts), least recently used
 * dropped first once their bodies pass `budgetBytes`. A lookup in another generation finds
 * nothing; storing in a new generation drops everything of the old one, which no request can
 * be answered from any more.
 */
export class ResponseStore {
	private generation = '';
	private bytes = 0;
	private readonly entries = new Map<string, StoredResponse>();

	constructor(readonly budget: number) {}

	get(generation: string, key: string): StoredResponse | undefined {
		if (generation !== this.generation) return undefined;
		const hit = this.entries.get(key);
		if (hit) {
			// most recently used last: a Map keeps insertion order
			this.entries.delete(key);
			this.entries.set(key, hit);
		}
		return hit;
	}

	/** Keeps `response`, unless its body alone would take more than an eighth of the budget. */
	put(generation: string, key: string, response: StoredResponse): void {
		if (response.body.byteLength > this.budget / 8) return;
		if (generation !== this.generation) {
			this.entries.clear();
			this.bytes = 0;
			this.generation = generation;
		}
		const old = this.entries.get(key);
		if (old) {
			this.entries.delete(key);
			this.bytes -= old.body.byteLength;
		}
		this.entries.set(key, response);
		this.bytes += response.body.byteLength;
		for (const [oldest, entry] of this.entries) {
			if (this.bytes <= this.budget) break;
			this.entries.delete(oldest);
			this.bytes -= entry.body.byteLength;
		}
	}

	get size(): number {
		return this.entries.size;
	}

	get storedBytes(): number {
		return this.bytes;
	}
}
