/**
 * "Open now" for the search: opening hours are OpenStreetMap opening_hours values (seasons,
 * dates, holidays), so whether a result is open is the domain's question (isOpenAt), asked by
 * each process's memory index once a minute per distinct value (memory-index.ts openAt). The
 * minute is a plain count since 1970: the same for every process, and a cache key that changes
 * exactly when the answer may.
 */
export function openMinute(at: Date): number {
	return Math.floor(at.getTime() / 60_000);
}
