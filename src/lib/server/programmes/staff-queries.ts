/** What the staff pages read: an organisation's programmes with their cohorts and application counts, and one cohort's applications. */
import { cohortPhase } from '$lib/domain/programme/phase';
import type { Db } from '../db/types';
import { listConfirmedApplications, statusCounts } from './applications-repository';
import { listCohortsOfProgrammes } from './cohorts-repository';
import { listProgrammesOfOrganisation, type ProgrammeRow } from './programmes-repository';

export async function programmesWithCohorts(db: Db, organisationId: string, rows?: ProgrammeRow[], now = new Date()) {
	const programmes = rows ?? (await listProgrammesOfOrganisation(db, organisationId));
	const cohorts = await listCohortsOfProgrammes(db, programmes.map((p) => p.id));
	const counts = await statusCounts(db, cohorts.map((c) => c.id));
	return programmes.map((p) => ({
		...p,
		cohorts: cohorts
			.filter((c) => c.programmeId === p.id)
			.map(({ applicationForm, ...c }) => ({ ...c, questions: applicationForm.sections.reduce((n, s) => n + s.questions.length, 0), phase: cohortPhase(c, now), counts: counts.get(c.id)! }))
	}));
}

export async function cohortApplications(db: Db, cohortId: string) {
	const [applications, counts] = await Promise.all([listConfirmedApplications(db, cohortId), statusCounts(db, [cohortId])]);
	return { applications, counts: counts.get(cohortId)! };
}
