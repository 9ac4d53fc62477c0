/**
 * What every workspace results route starts with: the organisation from the URL, the reader's right
 * (read or export:survey_results), the survey (404 unless it is this organisation's) and the language.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { requirePermission } from '../auth/authorize';
import { can, type Capability, type Principal } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { workspaceOf } from '../workspace/access';
import type { WorkspaceOrganisation } from '../workspace/organisations-lookup';
import { findSurvey, type SurveyRow } from './surveys-repository';

export type ResultsContext = {
	organisation: WorkspaceOrganisation;
	principal: NonNullable<Principal>;
	survey: SurveyRow;
	locale: Locale;
	can: (capability: Capability) => boolean;
};

export async function resultsContext(event: Pick<RequestEvent, 'params' | 'locals' | 'url'>, capability: Capability): Promise<ResultsContext> {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, capability, { organisationId: organisation.id });
	const id = event.params.id ?? '';
	const survey = isUuid(id) ? await findSurvey(db(), id) : null;
	if (!survey || survey.organisationId !== organisation.id) error(404, 'Not found');
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return { organisation, principal, survey, locale, can: (c) => can(principal, c, { organisationId: organisation.id }) };
}
