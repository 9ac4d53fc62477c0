/**
 * The outcomes a funder asks for, per cohort and the mentee's municipality: how many are founding
 * (registering) or already operating a business, how many run a social enterprise, and the FTE of
 * the jobs they created. Each mentee counts once: by the check-in point asked for (the end, +6 or
 * +12 months: what a funder's report for that date needs), or else by their latest answered
 * check-in (+12 over +6 over the end), so three answers from one person are never added up. The
 * municipality is the participation's funder fact, which outlives the anonymisation of the person
 * (decision 006); the application's own field is the fallback for older rows.
 */
import { sql } from 'drizzle-orm';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export type OutcomeRow = {
	cohortId: string;
	cohortTitle: LocalizedText;
	cohortEndsOn: string;
	municipality: LocalizedText | null;
	mentees: number;
	answered: number;
	registering: number;
	operating: number;
	social: number;
	fte: number;
};

export type OutcomePoint = 'end' | 'month6' | 'month12';

export async function outcomesByCohort(db: Db, organisationId: string, point: OutcomePoint | null = null, cohortIds?: readonly string[]): Promise<OutcomeRow[]> {
	if (cohortIds && !cohortIds.length) return [];
	// only these cohorts (the impact report's), when given
	const only = cohortIds ? sql`AND co.id IN (${sql.join(cohortIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
	const result = await db.execute(sql`
		WITH latest AS (
			SELECT DISTINCT ON (c.application_id) c.application_id, c.idea_status, c.social_enterprise, c.fte
			FROM outcome_checkins c
			WHERE c.answered_at IS NOT NULL AND (${point}::text IS NULL OR c.due::text = ${point}::text)
			ORDER BY c.application_id, c.due DESC
		)
		SELECT co.id AS "cohortId", co.title AS "cohortTitle", co.ends_on::text AS "cohortEndsOn", t.name AS "municipality",
			count(*)::int AS "mentees",
			count(l.application_id)::int AS "answered",
			count(*) FILTER (WHERE l.idea_status = 'registering')::int AS "registering",
			count(*) FILTER (WHERE l.idea_status = 'operating')::int AS "operating",
			count(*) FILTER (WHERE l.social_enterprise)::int AS "social",
			coalesce(sum(l.fte), 0)::float8 AS "fte"
		FROM programme_applications a
		JOIN cohorts co ON co.id = a.cohort_id
		JOIN programmes p ON p.id = co.programme_id
		LEFT JOIN participations pa ON pa.id = a.participation_id
		LEFT JOIN territories t ON t.id = coalesce(pa.municipality_id, a.municipality_id)
		LEFT JOIN latest l ON l.application_id = a.id
		WHERE p.organisation_id = ${organisationId} AND a.status = 'accepted' ${only}
		GROUP BY co.id, co.title, co.ends_on, t.id, t.name, t.sort_key
		ORDER BY co.ends_on DESC, co.id, t.sort_key COLLATE "C" NULLS LAST`);
	return (result as unknown as { rows: OutcomeRow[] }).rows;
}
