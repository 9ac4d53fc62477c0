/**
 * What a profile's owner sees: their profiles, one profile with its suggested counterparts and the
 * reasons (recomputed by the pure scorer: the table keeps only the score), and the form's choices.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import { scoreMatch, type MatchReason } from '$lib/domain/cooperation/match';
import { categories, cooperationMatches, territories } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { MUNICIPAL_KINDS } from '../geography/municipal-kinds';
import { publishedMatchInputs } from './match-inputs';
import { publicSummariesByIds, type PublicProfileSummary } from './public-queries';

export type Suggestion = PublicProfileSummary & { score: number; reasons: MatchReason[] };

export async function suggestionsFor(db: Db, profileId: string, now = new Date()): Promise<Suggestion[]> {
	const rows = await db
		.select({ a: cooperationMatches.profileId, b: cooperationMatches.counterpartId, score: cooperationMatches.score })
		.from(cooperationMatches)
		.where(or(eq(cooperationMatches.profileId, profileId), eq(cooperationMatches.counterpartId, profileId)));
	if (!rows.length) return [];
	const others = rows.map((r) => (r.a === profileId ? r.b : r.a));
	const inputs = new Map((await publishedMatchInputs(db, now, [profileId, ...others])).map((x) => [x.id, x]));
	const self = inputs.get(profileId);
	const summaries = await publicSummariesByIds(db, others, now);
	return summaries
		.flatMap((s) => {
			const other = inputs.get(s.id);
			const r = self && other ? scoreMatch(self, other, 0) : null;
			return r ? [{ ...s, score: r.score, reasons: r.reasons }] : [];
		})
		.sort((x, y) => y.score - x.score);
}

export type Choice = { id: number; name: LocalizedText; group?: string };

/** Sectors (categories, parents first) and places (Latvian regions and municipalities, Moldovan regions, raioane, municipii). */
export async function formChoices(db: Db): Promise<{ sectors: (Choice & { parentId: number | null })[]; regions: (Choice & { country: string; kind: string })[] }> {
	const [cats, terr] = await Promise.all([
		db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.id)),
		db
			.select({ id: territories.id, name: territories.name, country: territories.countryCode, kind: territories.kind, sortKey: territories.sortKey })
			.from(territories)
			.where(inArray(territories.kind, ['planning_region', ...MUNICIPAL_KINDS]))
			.orderBy(asc(territories.countryCode), asc(territories.kind), asc(territories.sortKey))
	]);
	const parents = cats.filter((c) => c.parentId === null);
	const sectors = parents.flatMap((parent) => [parent, ...cats.filter((c) => c.parentId === parent.id)]);
	return { sectors, regions: terr.map((t) => ({ id: t.id, name: t.name, country: t.country, kind: t.kind })) };
}
