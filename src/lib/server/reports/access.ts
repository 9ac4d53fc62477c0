/** Who may see which reports: moderators all, territory editors those in their municipalities. */
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { grantedScope } from '../auth/permissions';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** For the page load (not a mutation): null = everywhere, else municipality ids; or sign-in / 403. */
export function reportsReach(event: Ev): number[] | null {
	const principal = event.locals.principal ?? null;
	const scope = grantedScope(principal, 'review:report');
	if (!scope || scope === 'own') {
		if (!principal) redirect(303, `/${event.params.lang ?? 'lv'}/ienakt?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		error(403, 'Forbidden');
	}
	return scope === 'any' ? null : principal!.territoryIds.map(Number);
}
