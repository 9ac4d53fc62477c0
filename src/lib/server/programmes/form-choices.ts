/** The programme forms' choices and their values read back from a saved row. */
import { localized } from '$lib/domain/localized';
import { rigaDate } from '$lib/domain/programme/phase';
import { db } from '../db/bootstrap';
import type { CohortRow } from './cohorts-repository';
import { programmePlaces, projectsOfOrganisation } from './lookups-repository';
import type { ProgrammeRow } from './programmes-repository';
import { textValues } from './route-helpers';

export async function programmeChoices(organisationId: string, locale: string) {
	const [projects, places] = await Promise.all([projectsOfOrganisation(db(), organisationId), programmePlaces(db())]);
	return { projects: projects.map((p) => ({ value: p.id, label: localized(p.title, locale) })), places: places.map((p) => ({ value: p.id, label: p.name })) };
}

export function programmeValues(p: ProgrammeRow): Record<string, string> {
	return { kind: p.kind, status: p.status, projectId: p.projectId ?? '', placeId: p.placeId ?? '', ...textValues('title', p.title), ...textValues('summary', p.summary), ...textValues('description', p.description) };
}

export function cohortValues(c: CohortRow): Record<string, string | string[]> {
	return {
		...textValues('title', c.title),
		...textValues('eligibility', c.eligibility),
		startsOn: c.startsOn,
		endsOn: c.endsOn,
		opensOn: c.applicationsOpenAt ? rigaDate(c.applicationsOpenAt) : '',
		closesOn: c.applicationsCloseAt ? rigaDate(c.applicationsCloseAt) : '',
		capacity: c.capacity === null ? '' : String(c.capacity),
		nudgeWeeks: String(c.nudgeWeeks),
		languages: c.languages,
		status: c.status
	};
}
