/**
 * A list of small integer lists, one per slot, in two flat growing Int32Arrays (values and where
 * each slot's values start): the search's inner loop reads 100,000 slots' categories in a few
 * milliseconds this way, where one small array object per slot scattered over the heap took
 * several times longer.
 */
export class IdLists {
	/** All lists' values, and where slot i's list starts (starts[i]) and ends (starts[i + 1]). */
	values: Int32Array = new Int32Array(1024);
	starts: Int32Array = new Int32Array(1024);
	private used = 0;
	private count = 0;

	constructor() {
		this.starts[0] = 0;
	}

	push(list: readonly number[]): void {
		while (this.used + list.length > this.values.length) this.values = grow(this.values);
		for (const v of list) this.values[this.used++] = v;
		if (this.count + 2 > this.starts.length) this.starts = grow(this.starts);
		this.count++;
		this.starts[this.count] = this.used;
	}
}

function grow(a: Int32Array): Int32Array {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}

/**
 * Per slot, one of a few distinct id lists: results share them (a thousand honey producers have
 * the same categories, every producer of a municipality the same places). The search's inner
 * loop then reads one small number per result and checks or counts each distinct list once per
 * query instead of every id of every result (engine.ts).
 */
export class InternedLists {
	/** The distinct lists, by list id. */
	readonly lists = new IdLists();
	/** Each slot's list id. */
	readonly listOf: number[] = [];
	private readonly byKey = new Map<string, number>();
	private distinct = 0;

	push(ids: readonly number[]): void {
		const key = ids.join(',');
		let id = this.byKey.get(key);
		if (id === undefined) {
			id = this.distinct++;
			this.lists.push(ids);
			this.byKey.set(key, id);
		}
		this.listOf.push(id);
	}

	/** How many distinct lists there are (the size of a per-list array). */
	get size(): number {
		return this.distinct;
	}


	/** Per list id, 1 when the list has one of these ids. */
	having(ids: readonly number[]): Uint8Array {
		// a lookup table by id: faster than a Set for the few thousand distinct lists
		const wanted = new Uint8Array(Math.max(0, ...ids) + 1);
		for (const id of ids) wanted[id] = 1;
		const out = new Uint8Array(this.distinct);
		const { starts, values } = this.lists;
		for (let list = 0; list < this.distinct; list++) {
			for (let i = starts[list], end = starts[list + 1]; i < end; i++) {
				if (wanted[values[i]]) {
					out[list] = 1;
					break;
				}
			}
		}
		return out;
	}

	/** Counts per list id turned into counts per id (a result counts once for each id of its list). */
	spread(perList: Int32Array, counts: Int32Array): void {
		const { starts, values } = this.lists;
		for (let list = 0; list < this.distinct; list++) {
			const n = perList[list];
			if (n) for (let i = starts[list], end = starts[list + 1]; i < end; i++) counts[values[i]] += n;
		}
	}
}
