/**
 * Each process's memory index, kept as fresh as the database: every search first reads the
 * index's generation (one tiny row) and, when another process or an edit moved it on, loads only
 * the rows written since — or everything after a full rebuild, or when a quarter of the slots
 * are dead. Concurrent searches share one load.
 */
import type { Db } from '$lib/server/db/types';
import { MemoryIndex, type IndexRow } from './memory-index';
import { eachResultRow, indexState, removedSince, type IndexState } from './results-repository';
import { allTerms } from './terms-repository';
import { collectGarbage } from '../runtime/collect-garbage';

type Entry = { index: MemoryIndex; loading: Promise<MemoryIndex> | null };

const indexes = new WeakMap<Db, Entry>();

/**
 * This process's index as it is, without asking the database (null before the first load, or
 * while one runs): a search may start on it while its generation is being read (flow.ts).
 */
export function loadedIndex(db: Db): MemoryIndex | null {
	const entry = indexes.get(db);
	return entry && entry.index.generation >= 0 && !entry.loading ? entry.index : null;
}

/** `read`: the index's state, when the caller already asked for it. */
export async function freshIndex(db: Db, read: Promise<IndexState> = indexState(db)): Promise<MemoryIndex> {
	let entry = indexes.get(db);
	if (!entry) {
		entry = { index: new MemoryIndex(), loading: null };
		entry.index.generation = -1;
		indexes.set(db, entry);
	}
	const e = entry;
	let state = await read;
	// ahead of what this search read: another search caught up with a later change meanwhile —
	// unless the database really went back (restored), which a second read tells
	if (e.index.generation > state.generation && !e.loading) state = await indexState(db);
	// a load already under way may be for an older generation than this search saw (an edit
	// committed meanwhile): wait for it, then catch up again, so a search never misses a change
	// that was committed before it started
	while (e.index.generation < state.generation || (e.index.generation > state.generation && !e.loading)) {
		e.loading ??= catchUp(db, e.index, state)
			.then((index) => {
				const replaced = index !== e.index;
				e.index = index;
				// a full load's intermediate arrays and the old index are garbage now: give them back at once
				if (replaced) collectGarbage();
				return index;
			})
			.finally(() => (e.loading = null));
		await e.loading;
	}
	return e.index;
}

async function catchUp(db: Db, current: MemoryIndex, state: { generation: number; fullGeneration: number }): Promise<MemoryIndex> {
	const behind = current.generation < 0 || current.generation < state.fullGeneration || current.generation > state.generation;
	if (behind || current.dead * 4 > current.size) {
		const fresh = new MemoryIndex();
		fresh.startBulk();
		await eachResultRow(db, null, state.generation, (row) => fresh.put(row));
		fresh.setVocabulary(await allTerms(db));
		fresh.trim();
		fresh.generation = state.generation;
		return fresh;
	}
	const rows: IndexRow[] = [];
	// the vocabulary is small (thousands of words) and only grows: read again whole
	const [gone, terms] = await Promise.all([
		removedSince(db, current.generation, state.generation),
		allTerms(db),
		eachResultRow(db, current.generation, state.generation, (row) => rows.push(row))
	]);
	// applied without an await in between, so no search sees half of it; removals first: a result
	// removed and published again in this span is in the rows
	for (const id of gone) current.remove(id);
	for (const row of rows) current.put(row);
	current.setVocabulary(terms);
	current.generation = state.generation;
	return current;
}
