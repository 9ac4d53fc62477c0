import { releaseWhenIdle } from '../runtime/idle-collection';

/**
 * Byte arrays of the index's size (one flag per result slot) reused from search to search: the
 * engine marks stop words and named listings in them, and a fresh 110,000-byte array per mark
 * per search at 100k producers was memory the process held until the next major collection.
 * A search takes them into its own list and gives the whole list back, zeroed, when it ends.
 */
const pool: Uint8Array[] = [];
releaseWhenIdle(() => (pool.length = 0));
/** More than a search normally uses at once; the rest are left to the collector. */
const KEPT = 6;

export function takeBytes(taken: Uint8Array[], size: number): Uint8Array {
	let bytes = pool.pop();
	while (bytes && bytes.length < size) bytes = pool.pop();
	bytes ??= new Uint8Array(size);
	taken.push(bytes);
	return bytes;
}

export function giveBytesBack(taken: Uint8Array[]): void {
	for (const bytes of taken) {
		if (pool.length >= KEPT) break;
		bytes.fill(0);
		pool.push(bytes);
	}
	taken.length = 0;
}
