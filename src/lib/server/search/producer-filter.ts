/**
 * The directory's selection of producers over the memory index (decision 005): the published
 * producers passing /razotaji's filters — kind, category (its own or a product's, a top level
 * with its children), region, municipality, label — and all of them in the directory's name
 * order. The map, the directory and the API list producers from here instead of SQL joins over a
 * million products.
 */
import { compareSortKeys as bytes } from '../../text/collation';
import type { InternedLists } from './id-lists';
import { RESULT_ORDER, type MemoryIndex } from './memory-index';
import type { ProducerSelection } from './port';

const PRODUCER = RESULT_ORDER.indexOf('producer');

/** Whether a slot is a live published producer passing the directory's filters. */
export function producerFilter(ix: MemoryIndex, f: ProducerSelection): (slot: number) => boolean {
	const ok = (lists: InternedLists, ids: readonly number[] | undefined) => (ids === undefined ? null : { listOf: lists.listOf, having: lists.having(ids) });
	const kind = f.kind === undefined ? -1 : ix.kindNames.indexOf(f.kind);
	const checks = [
		ok(ix.categories, f.categoryIds),
		ok(ix.regions, f.regionId === undefined ? undefined : [f.regionId]),
		ok(ix.municipalities, f.municipalityId === undefined ? undefined : [f.municipalityId]),
		ok(ix.labels, f.labelId === undefined ? undefined : [f.labelId])
	].filter((c) => c !== null);
	const { alive, typeCodes, kindCodes } = ix;
	return (slot) => {
		if (!alive[slot] || typeCodes[slot] !== PRODUCER) return false;
		if (f.kind !== undefined && kindCodes[slot] !== kind) return false;
		for (const c of checks) if (!c.having[c.listOf[slot]]) return false;
		return true;
	};
}


type Order = { covered: number; slots: Int32Array };
const orders = new WeakMap<MemoryIndex, Order>();

/**
 * Every producer slot in the directory's order — sort key byte-wise (as `collate "C"`), then id —
 * dead slots included (callers skip them). Sorted once per index; after a delta only the new
 * slots are sorted and merged in.
 */
export function producersByName(ix: MemoryIndex): Int32Array {
	const known = orders.get(ix);
	if (known && known.covered === ix.size) return known.slots;
	const compare = (a: number, b: number) => ix.namePrefixes[a] - ix.namePrefixes[b] || bytes(ix.sortKeys[a], ix.sortKeys[b]) || bytes(ix.ids[a], ix.ids[b]);
	const from = known?.covered ?? 0;
	const added: number[] = [];
	for (let slot = from; slot < ix.size; slot++) if (ix.typeCodes[slot] === PRODUCER) added.push(slot);
	added.sort(compare);
	const before = known?.slots ?? new Int32Array(0);
	const merged = new Int32Array(before.length + added.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < before.length && j < added.length) merged[k++] = compare(before[i], added[j]) <= 0 ? before[i++] : added[j++];
	while (i < before.length) merged[k++] = before[i++];
	while (j < added.length) merged[k++] = added[j++];
	orders.set(ix, { covered: ix.size, slots: merged });
	return merged;
}

/** How many producers pass, and the ids of positions offset … offset + limit in name order. */
export function producerPage(ix: MemoryIndex, f: ProducerSelection, offset: number, limit: number): { total: number; ids: string[] } {
	const passes = producerFilter(ix, f);
	const ids: string[] = [];
	let total = 0;
	for (const slot of producersByName(ix)) {
		if (!passes(slot)) continue;
		if (total >= offset && total < offset + limit) ids.push(ix.ids[slot]);
		total++;
	}
	return { total, ids };
}
