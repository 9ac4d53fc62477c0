import type { RequestHandler } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { parseCalendarParams } from '$lib/events/calendar-query';
import { eventFeed } from '$lib/server/events/feed';
import { linkOrigin } from '$lib/server/export/respond-text';

/** GET /{lang}/pasakumi/kalendars.ics?organizacija=&novads=&projekts=&veids=… — a calendar to subscribe to. */
export const GET: RequestHandler = async ({ url, params }) => {
	const locale = isLocale(params.lang) ? params.lang : 'lv';
	const body = await eventFeed(db(), parseCalendarParams(url.searchParams, new Date()), locale, linkOrigin(url));
	return new Response(body, {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="tuvuma-pasakumi.ics"', 'Cache-Control': 'public, max-age=300' }
	});
};
