/**
 * ranking.ts's scores as SQL expressions over one search_documents row, so PostgreSQL ranks and
 * cuts the list (ranked-repository.ts) instead of JavaScript ranking thousands of rows. The
 * expressions follow scoreWord() and rankResults() term by term, with the same float8 arithmetic
 * in the same order, so the score of a page's results is the same number either way
 * (relevance.db.test.ts checks the rankings; ranking.ts stays the readable definition).
 *
 * Name hits read the tsvector's weights (A/B = names, C = descriptions); "exact word" and "exact
 * diacritic spelling" read the space-separated folded_names / raw_stems columns.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { searchDocuments as d } from '$lib/server/db/schema';
import { TIER, type PlannedVariant, type PlannedWord } from './ranking';
import { sqlIntArray, tsqueryText } from './documents-repository';

const PRODUCT_WEIGHT = 0.8;
const DIACRITIC_BONUS = 0.2;

const f8 = (n: number) => sql.raw(`${n}::float8`);
/** The product weight of this row (1 for everything but products). */
const weight = sql`(case when ${d.entityType} = 'product' then ${f8(PRODUCT_WEIGHT)} else ${f8(1)} end)`;
const matches = (v: PlannedVariant, weights: string) => sql`(${d.tsv} @@ to_tsquery('simple', ${tsqueryText([v], weights)}))`;
/** Whether a space-separated word list column holds this word (words are letters only). */
export const hasWord = (column: SQLWrapper, word: string) => sql`(position(${' ' + word + ' '} in ' ' || ${column} || ' ') > 0)`;
const hasWordStart = (column: SQLWrapper, start: string) => sql`(position(${' ' + start} in ' ' || ${column}) > 0)`;
const pick = (cond: SQL, score: SQL) => sql`(case when ${cond} then ${score} else ${f8(0)} end)`;

/** Score of one variant in the name and in the descriptions (scoreWord's branches). */
function variantScores(w: PlannedWord, v: PlannedVariant): SQL[] {
	if (v.tier === 'stem') {
		const name =
			v.stem === w.word.stem
				? sql`(case when ${hasWord(d.foldedNames, w.word.folded)} then ${f8(TIER.exact)} * ${weight} when ${matches(v, 'AB')} then ${f8(TIER.stem)} * ${weight} else ${f8(0)} end)`
				: pick(matches(v, 'AB'), sql`${f8(TIER.stem)} * ${weight}`);
		return [name, pick(matches(v, 'C'), f8(TIER.body))];
	}
	if (v.tier === 'prefix') {
		return [pick(sql`(${matches(v, 'AB')} or ${hasWordStart(d.foldedNames, v.folded)})`, sql`${f8(TIER.prefix)} * ${weight}`), pick(matches(v, 'C'), f8(TIER.bodyPrefix))];
	}
	return [pick(matches(v, 'AB'), sql`${f8(TIER.typo)} * ${weight}`), pick(matches(v, 'C'), f8(TIER.bodyTypo))];
}

/**
 * One document's score for one query word (best variant, diacritic bonus), before the category
 * floor: `categoryFloor` applies that to the column the score was selected as.
 */
export function wordScoreSql(w: PlannedWord): SQL<number> {
	const parts = w.variants.flatMap((v) => variantScores(w, v));
	let score: SQL = parts.length ? sql`greatest(${sql.join(parts, sql`, `)})` : f8(0);
	const stemVariants = w.variants.filter((v) => v.tier === 'stem');
	if (w.word.hasDiacritics && stemVariants.length) {
		// a name hit of a stem variant is always the best hit (≥ 0.68 > any other tier)
		const nameHit = sql.join(
			stemVariants.map((v) => matches(v, 'AB')),
			sql` or `
		);
		score = sql`(${score} + (case when (${nameHit}) and ${hasWord(d.rawStems, w.word.rawStem)} then ${f8(DIACRITIC_BONUS)} * ${weight} else ${f8(0)} end))`;
	}
	return sql<number>`${score}`;
}

/** Whether the row is in one of the word's categories (`false` for a word without any). */
export function categoryHitSql(w: PlannedWord): SQL<boolean> {
	return w.categoryIds.length ? sql<boolean>`(${d.categoryIds} && ${sqlIntArray(w.categoryIds)})` : sql<boolean>`false`;
}

/** A category word scores TIER.category where nothing better was found. */
export function categoryFloor(score: SQL, categoryHit: SQL): SQL<number> {
	return sql<number>`(case when ${score} < ${f8(TIER.category)} and ${categoryHit} then ${f8(TIER.category)} else ${score} end)`;
}

/** Great-circle distance in km from a point to the row's public point (same formula as haversineKm). */
export function distanceSql(origin: { lat: number; lng: number }, lat: SQL = sql`${d.lat}`, lng: SQL = sql`${d.lng}`): SQL<number> {
	return sql<number>`(6371.0088::float8 * 2 * asin(least(1::float8, sqrt(
		power(sin(radians(${lat} - ${origin.lat}::float8) / 2), 2) +
		cos(radians(${origin.lat}::float8)) * cos(radians(${lat})) * power(sin(radians(${lng} - ${origin.lng}::float8) / 2), 2)))))`;
}
