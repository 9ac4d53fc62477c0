import type { LayoutServerLoad } from './$types';
import { config } from '$lib/server/config/env';
import { can, grantedScope } from '$lib/server/auth/permissions';
import { signFormStart } from '$lib/server/moderation/form-guard';

/** Map tiles are configurable (MAP_TILE_URL); PUBLIC_BASE_URL makes canonical links absolute behind a proxy. */
export const load: LayoutServerLoad = ({ locals }) => {
	const cfg = config();
	const principal = locals.principal;
	return {
		// the header shows "Ienākt" or the account menu; only what the header needs leaves the server
		viewer: principal
			? {
					email: principal.email,
					isAdmin: can(principal, 'read:user'),
					canModerate: grantedScope(principal, 'read:moderation') !== null,
					hasWorkspace: principal.memberships.length > 0
				}
			: null,
		map: { tileUrl: cfg.MAP_TILE_URL, attribution: cfg.MAP_TILE_ATTRIBUTION },
		publicOrigin: cfg.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? null,
		// the alert form sits on many pages (components/alerts/AlertForm.svelte): its anti-spam start time
		formStarted: signFormStart(new Date(), cfg.AUTH_SECRET)
	};
};
