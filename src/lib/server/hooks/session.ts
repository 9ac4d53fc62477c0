import type { Handle } from '@sveltejs/kit';
import { auth, sessionCookieName } from '../auth/better-auth';
import { forwardAuthCookies } from '../auth/cookies';
import { headersWithClientAddress } from './client-address';
import { loadPrincipal } from '../auth/principal';
import { db } from '../db/bootstrap';

/**
 * Sets `event.locals.principal`: null for visitors without a session cookie (no database work),
 * otherwise the session is looked up in the database on every request, so signing out elsewhere,
 * a deleted account or a changed role take effect at once.
 */
export const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.principal = null;
	event.locals.sessionId = null;
	if (event.cookies.get(sessionCookieName())) {
		const { headers, response } = await auth().api.getSession({ headers: headersWithClientAddress(event), returnHeaders: true });
		// an expiry pushed forward (or a dead session's cookie cleared) travels back to the browser
		forwardAuthCookies(event.cookies, headers);
		if (response?.user && !response.user.deletedAt) {
			event.locals.principal = await loadPrincipal(db(), response.user);
			event.locals.sessionId = response.session.id;
		}
	}
	return resolve(event);
};
