import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { isLocale } from '$lib/i18n/locales';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { listContestsOfOrganisation } from '$lib/server/contests/contests-repository';
import { contestState } from '$lib/server/contests/workspace-section';
import { workspaceOf } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const rows = await listContestsOfOrganisation(db(), organisation.id);
	const lang = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return {
		contests: rows.map((c) => ({ id: c.id, slug: c.slug, title: localized(c.title, lang), lang: localizedLang(c.title, lang), state: contestState(c, lang), closesAt: c.closesAt })),
		canCreate: can(principal, 'create:contest', { organisationId: organisation.id })
	};
};
