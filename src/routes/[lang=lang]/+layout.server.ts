import { authSecret } from '$lib/server/auth/secret';
import type { LayoutServerLoad } from './$types';
import { config } from '$lib/server/config/env';
import { can, grantedScope } from '$lib/server/auth/permissions';
import { signFormStart } from '$lib/server/moderation/form-guard';
import { db } from '$lib/server/db/bootstrap';
import { waitingCount } from '$lib/server/moderation/queries';

/** Map tiles are configurable (MAP_TILE_URL); PUBLIC_BASE_URL makes canonical links absolute behind a proxy. */
export const load: LayoutServerLoad = async ({ locals }) => {
	const cfg = config();
	const principal = locals.principal;
	return {
		// the header shows "Ienākt" or the account menu; only what the header needs leaves the server
		viewer: principal
			? {
					email: principal.email,
					isAdmin: can(principal, 'read:user'),
					hasWorkspace: principal.memberships.length > 0,
					...(await moderationBadge(principal))
				}
			: null,
		map: { tileUrl: cfg.MAP_TILE_URL, attribution: cfg.MAP_TILE_ATTRIBUTION },
		publicOrigin: cfg.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? null,
		// the alert form sits on many pages (components/alerts/AlertForm.svelte): its anti-spam start time
		formStarted: signFormStart(new Date(), authSecret())
	};
};

/** Reviewers see how many items wait in their reach next to the moderation link (one small count). */
async function moderationBadge(principal: NonNullable<App.Locals['principal']>) {
	const scope = grantedScope(principal, 'read:moderation');
	if (scope === null || scope === 'own') return { canModerate: scope !== null };
	return { canModerate: true, queueCount: await waitingCount(db(), scope === 'any' ? null : principal.territoryIds.map(Number)) };
}
