import type { PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { outcomesByCohort, type OutcomePoint } from '$lib/server/mentoring/outcomes-queries';

const POINTS: readonly OutcomePoint[] = ['end', 'month6', 'month12'];
import { workspaceOf } from '$lib/server/workspace/access';

/** Per cohort, by the mentees' municipality: counts only — no names, no answers of one person. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:programme_outcomes', { organisationId: organisation.id });
	// ?punkts=end|month6|month12: one check-in point (a funder's report for that date); anything else: each person's latest answer
	const asked = event.url.searchParams.get('punkts');
	const point = POINTS.find((p) => p === asked) ?? null;
	const rows = await outcomesByCohort(db(), organisation.id, point);
	const lang = event.params.lang;
	const cohorts = new Map<string, { id: string; title: string; endsOn: string; rows: typeof named; total: Omit<(typeof named)[number], 'municipality'> }>();
	const named = rows.map((r) => ({ municipality: r.municipality ? localized(r.municipality, lang) : null, mentees: r.mentees, answered: r.answered, registering: r.registering, operating: r.operating, social: r.social, fte: Number(r.fte) }));
	rows.forEach((r, i) => {
		const c = cohorts.get(r.cohortId) ?? { id: r.cohortId, title: localized(r.cohortTitle, lang), endsOn: r.cohortEndsOn, rows: [], total: { mentees: 0, answered: 0, registering: 0, operating: 0, social: 0, fte: 0 } };
		const row = named[i];
		c.rows.push(row);
		for (const k of ['mentees', 'answered', 'registering', 'operating', 'social', 'fte'] as const) c.total[k] += row[k];
		cohorts.set(r.cohortId, c);
	});
	return { point, cohorts: [...cohorts.values()].map((c) => ({ ...c, total: { ...c.total, fte: Math.round(c.total.fte * 100) / 100 } })) };
};
