import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parseCalendarParams } from '$lib/events/calendar-query';
import { calendar, calendarOptions, PAGE_SIZE } from '$lib/server/events/queries';

/** The calendar: a list (upcoming or past, paged) or a month grid, filtered by a plain GET form. */
export const load: PageServerLoad = async ({ url, params }) => {
	const now = new Date();
	const p = parseCalendarParams(url.searchParams, now);
	const { total, rows } = await calendar(db(), p, now);
	return { params: p, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), events: rows, options: await calendarOptions(db(), params.lang) };
};
