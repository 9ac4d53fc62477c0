/**
 * Published producers per category, planning region and municipality, counted over the process's
 * memory index of search results (decision 005) instead of SQL: at 100,000 producers and
 * 1,000,000 products the SQL count per category (a union of both category links, grouped twice)
 * took 0.7 s on the home page, the empty search page and /api/v1/categories; the municipality
 * lists and /api/v1/municipalities took 40 ms for theirs. The index holds one result per published
 * producer with its categories (its own and its products', with their parents), region and
 * municipality, so the counts are the same numbers; they are worked out once per generation.
 */
import type { Db } from '$lib/server/db/types';
import { freshIndex } from './freshness';
import type { MemoryIndex } from './memory-index';
import { RESULT_ORDER } from './memory-index';
import type { InternedLists } from './id-lists';
import type { ProducerCounts } from './port';

const PRODUCER = RESULT_ORDER.indexOf('producer');
const counted = new WeakMap<MemoryIndex, { generation: number; counts: ProducerCounts }>();

export async function producerCounts(db: Db): Promise<ProducerCounts> {
	const ix = await freshIndex(db);
	let memo = counted.get(ix);
	if (memo?.generation !== ix.generation) {
		memo = {
			generation: ix.generation,
			counts: { byCategory: countIds(ix, ix.categories), byRegion: countIds(ix, ix.regions), byMunicipality: countIds(ix, ix.municipalities) }
		};
		counted.set(ix, memo);
	}
	return memo.counts;
}

/** Live producer slots per id of one of the index's id lists. */
function countIds(ix: MemoryIndex, lists: InternedLists): Map<number, number> {
	const perList = new Int32Array(lists.size);
	for (let slot = 0; slot < ix.size; slot++) if (ix.alive[slot] && ix.typeCodes[slot] === PRODUCER) perList[lists.listOf[slot]]++;
	const counts = new Int32Array(ix.idLimit);
	lists.spread(perList, counts);
	const out = new Map<number, number>();
	counts.forEach((n, id) => {
		if (n) out.set(id, n);
	});
	return out;
}
