/**
 * The unmet-demand log (issue 20): the search flow hands over every answer (one call, after the
 * answer cache, so a repeated search is seen too); searches with fewer than FEW_RESULTS results
 * are written to search_misses as a need (need.ts), a category and a municipality (search-place.ts)
 * — never the point, the time, an address or an account. Crawlers are not logged, and one
 * visitor's repeats of a need on one day are written once (a hash with the day's salt).
 */
import { createHash } from 'node:crypto';
import type { SearchResponse } from '$lib/contracts/search/types';
import { rigaMoment } from '$lib/domain/riga-time';
import { foldText } from '$lib/text/fold';
import type { Db } from '../db/types';
import { insertMiss, type LoggedSearch, filtersForLog, searchReference } from '../search';
import { categoryNeedKey, needCategory, needOf } from './need';
import { saltOf } from './salts-repository';
import { searchMunicipality } from './search-place';
import { currentVisitor, isAutomated, type Visitor } from './visitor';

/** Searches with fewer results than this are unmet (or barely met) demand. */
export const FEW_RESULTS = 3;

/** Logs the search when it found (almost) nothing; returns whether a row was written. */
export async function logSearchDemand(db: Db, response: SearchResponse, now: Date, visitor: Visitor | null = currentVisitor()): Promise<boolean> {
	if (response.total >= FEW_RESULTS) return false;
	if (visitor && isAutomated(visitor)) return false;
	const entry = await demandEntry(db, response, now);
	if (!entry) return false;
	const dedupeKey = visitor ? dedupeHash(await daySalt(db, entry.day), visitor, entry) : null;
	return insertMiss(db, { ...entry, dedupeKey });
}

/** What is written for a search, or null when it asked for nothing in particular (an empty box, "%"). */
export async function demandEntry(db: Db, response: SearchResponse, now: Date): Promise<Omit<LoggedSearch, 'dedupeKey'> | null> {
	const ref = await searchReference(db);
	const params = response.params;
	const need = needOf(response.textWords);
	const filterCategory = params.categories.length === 1 ? ref.categories.find((c) => c.slug === params.categories[0]) : undefined;
	const needKey = need.key || (filterCategory ? categoryNeedKey(filterCategory.slug) : '');
	if (!needKey) return null;
	return {
		day: rigaMoment(now).date,
		query: response.normalizedQuery,
		filters: filtersForLog(params, response.places.map((x) => x.slug)),
		municipalityId: searchMunicipality(ref.territories, params, response.places),
		resultCount: response.total,
		needKey,
		needLabel: need.label || (filterCategory ? foldText(filterCategory.name.lv) : ''),
		categoryId: (need.key ? needCategory(ref.categoryIndex, need.stems) : null) ?? filterCategory?.id ?? null
	};
}

function dedupeHash(salt: string, visitor: Visitor, entry: { needKey: string; municipalityId: number | null }): string {
	return createHash('sha256').update([salt, visitor.address, visitor.userAgent, entry.needKey, entry.municipalityId ?? ''].join('\n')).digest('base64url').slice(0, 24);
}

/** The salt is the database's (every process shares it); this process remembers today's. */
let remembered: { db: Db; day: string; salt: string } | null = null;
async function daySalt(db: Db, day: string): Promise<string> {
	if (remembered?.db === db && remembered.day === day) return remembered.salt;
	const salt = await saltOf(db, day);
	remembered = { db, day, salt };
	return salt;
}
