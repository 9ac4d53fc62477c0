/**
 * The directory's count and pages served from the search memory index (decision 005): at 100,000
 * producers and a million products the SQL filter (a producer tagged with a category or selling a
 * product of it) took 0.3–0.9 s per page; the index walks its name order in milliseconds. The
 * "newest" order needs publication dates, which only SQL has: its rows still come from there.
 */
import type { Db } from '$lib/server/db/types';
import { searchPort } from '$lib/server/search';
import { listCardRowsByIds, listDirectory, type DirectoryFilter, type DirectorySort, type ProducerCardRow } from './producers-repository';

/** Published producers passing the filters (what /razotaji counts). */
export async function countProducers(db: Db, filter: DirectoryFilter): Promise<number> {
	return (await searchPort().producerPage(db, filter, 0, 0)).total;
}

/** One page of the directory's producers in its order. */
export async function listProducers(db: Db, filter: DirectoryFilter, sort: DirectorySort, limit: number, offset: number): Promise<ProducerCardRow[]> {
	if (sort === 'newest') return listDirectory(db, filter, sort, limit, offset);
	const { ids } = await searchPort().producerPage(db, filter, offset, limit);
	const rows = new Map((await listCardRowsByIds(db, ids)).map((r) => [r.id, r]));
	// a producer unpublished since the index was read has no row: it is left out
	return ids.flatMap((id) => rows.get(id) ?? []);
}
