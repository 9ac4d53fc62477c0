import type { LayoutServerLoad } from './$types';
import { grantedScope } from '$lib/server/auth/permissions';
import { readerReach } from '$lib/server/auth/authorize';

/** Only moderators and territory editors get here; the tabs show what each may review. */
export const load: LayoutServerLoad = (event) => {
	readerReach(event, 'read:moderation');
	const principal = event.locals.principal ?? null;
	return {
		tabs: {
			claims: grantedScope(principal, 'review:claim') !== null,
			reports: grantedScope(principal, 'review:report') !== null,
			cooperation: grantedScope(principal, 'review:cooperation_profile') !== null
		}
	};
};
