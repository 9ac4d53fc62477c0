import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { submittedCounts } from '$lib/server/surveys/builder-repository';
import { listSurveysOfOrganisation } from '$lib/server/surveys/surveys-repository';
import { workspaceOf } from '$lib/server/workspace/access';

/** Every survey of the organisation, drafts included, by title, with its submitted answers counted. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = event.params.lang;
	const [rows, counts] = await Promise.all([listSurveysOfOrganisation(db(), organisation.id), submittedCounts(db(), organisation.id)]);
	return {
		canCreate: can(principal, 'create:survey', { organisationId: organisation.id }),
		surveys: rows.map((s) => ({ id: s.id, title: localized(s.title, lang), titleLang: localizedLang(s.title, lang), status: s.status, audience: s.audience, responses: counts.get(s.id) ?? 0 }))
	};
};
