/** Who may see which reports: moderators all, territory editors those in their municipalities. */
import type { RequestEvent } from '@sveltejs/kit';
import { readerReach } from '../auth/authorize';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** For the page load (not a mutation): null = everywhere, else municipality ids; or sign-in / 403. */
export function reportsReach(event: Ev): number[] | null {
	return readerReach(event, 'review:report');
}
