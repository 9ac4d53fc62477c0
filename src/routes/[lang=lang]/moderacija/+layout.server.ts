import type { LayoutServerLoad } from './$types';
import { grantedScope } from '$lib/server/auth/permissions';
import { moderationReach } from '$lib/server/moderation/access';

/** Only moderators and territory editors get here; the tabs show what each may review. */
export const load: LayoutServerLoad = (event) => {
	moderationReach(event);
	const principal = event.locals.principal ?? null;
	return {
		tabs: {
			claims: grantedScope(principal, 'review:claim') !== null,
			reports: grantedScope(principal, 'review:report') !== null
		}
	};
};
