import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { coopScope, listPage } from '$lib/server/cooperation/route-helpers';

/** The owner's cooperation profiles (issue 19). */
export const load: PageServerLoad = async (event) => {
	await requirePermission(event, 'update:cooperation_profile', () => coopScope(event));
	return listPage(event);
};
