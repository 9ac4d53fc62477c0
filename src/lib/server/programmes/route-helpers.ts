/** What the programme workspace routes share: the programme and cohort named by the URL (another organisation's are a 404). */
import { error, type RequestEvent } from '@sveltejs/kit';
import { db } from '../db/bootstrap';
import { workspaceOf } from '../workspace/access';
import { workspacePath } from '../workspace/sections';
import { findCohortOfProgramme } from './cohorts-repository';
import { findOwnProgramme } from './programmes-repository';

export const programmesPath = (lang: string, organisationSlug: string) => workspacePath(lang, organisationSlug, 'programmas');

export async function routeProgramme(event: Pick<RequestEvent, 'params'>) {
	const organisation = await workspaceOf(event);
	const programme = await findOwnProgramme(db(), organisation.id, event.params.id ?? '');
	if (!programme) error(404, 'Not found');
	return { organisation, programme };
}

export async function routeCohort(event: Pick<RequestEvent, 'params'>) {
	const { organisation, programme } = await routeProgramme(event);
	const params = event.params as Record<string, string>;
	const cohort = await findCohortOfProgramme(db(), programme.id, params.cohortId ?? '');
	if (!cohort) error(404, 'Not found');
	return { organisation, programme, cohort };
}

/** The form's values of a localized text ("title.lv", "title.en", …). */
export function textValues(field: string, t: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(t).map(([lang, v]) => [`${field}.${lang}`, v ?? '']));
}
