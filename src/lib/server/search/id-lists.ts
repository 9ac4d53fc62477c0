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

	/** Adds one to counts[value] for each value of the slot's list. */
	count1(slot: number, counts: Int32Array): void {
		for (let i = this.starts[slot], end = this.starts[slot + 1]; i < end; i++) counts[this.values[i]]++;
	}

	/** Whether the slot's list has a value in the set. */
	some(slot: number, wanted: Set<number>): boolean {
		for (let i = this.starts[slot], end = this.starts[slot + 1]; i < end; i++) if (wanted.has(this.values[i])) return true;
		return false;
	}

	/** Whether a value lies in one of the slot's [from, to) pairs. */
	inRange(slot: number, value: number): boolean {
		for (let i = this.starts[slot], end = this.starts[slot + 1]; i < end; i += 2) if (this.values[i] <= value && value < this.values[i + 1]) return true;
		return false;
	}
}

function grow(a: Int32Array): Int32Array {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}
