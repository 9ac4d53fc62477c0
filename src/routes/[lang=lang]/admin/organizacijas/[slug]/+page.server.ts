import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { organisationCoverage, setOrganisationCoverage } from '$lib/server/admin/flows';
import { localized } from '$lib/domain/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'update:organisation');
	const found = await organisationCoverage(event.params.slug);
	if (!found) error(404, 'Not found');
	const lang = event.params.lang;
	const regions = found.choices.filter((c) => c.kind === 'planning_region');
	return {
		org: { slug: found.org.slug, name: found.org.name, territoryIds: found.org.territoryIds },
		groups: regions.map((r) => ({
			id: r.id,
			name: localized(r.name, lang),
			municipalities: found.choices.filter((c) => c.kind === 'municipality' && c.parentId === r.id).map((c) => ({ id: c.id, name: localized(c.name, lang) }))
		}))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const admin = await requirePermission(event, 'update:organisation');
		const form = await event.request.formData();
		const ids = form.getAll('territory').map(Number).filter(Number.isInteger);
		const ok = await setOrganisationCoverage(admin.userId, event.params.slug, ids);
		if (!ok) error(404, 'Not found');
		return { message: m.account_saved() };
	}
};
