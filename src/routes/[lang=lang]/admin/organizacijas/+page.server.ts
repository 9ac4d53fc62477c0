import { authorize } from '$lib/server/auth/authorize';
import { organisationsCoverage } from '$lib/server/admin/flows';
import { localized } from '$lib/domain/localized';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'update:organisation');
	const { orgs, choices } = await organisationsCoverage();
	const names = new Map(choices.map((c) => [c.id, localized(c.name, event.params.lang)]));
	return { orgs: orgs.map((o) => ({ slug: o.slug, name: o.name, covered: o.territoryIds.map((id) => names.get(id) ?? String(id)) })) };
};
