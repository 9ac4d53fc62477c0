/**
 * The calendar's filters as URL parameters (Latvian words, like every URL): a plain GET form, so
 * they work without JavaScript. Unknown or malformed values are ignored rather than refused.
 */
import { EVENT_KINDS, SPOKEN_LANGUAGES, type EventKind } from '$lib/events/choices';
import { rigaMonth } from '$lib/domain/event-time';

export type CalendarParams = {
	view: 'list' | 'month';
	month: string;
	kinds: EventKind[];
	municipality: string | null;
	online: boolean | undefined;
	organisation: string | null;
	project: string | null;
	language: string | null;
	past: boolean;
	page: number;
};

const SLUG = /^[a-z0-9-]{1,120}$/;

export function parseCalendarParams(q: URLSearchParams, now: Date): CalendarParams {
	const month = q.get('menesis') ?? '';
	const page = Number(q.get('page') ?? '1');
	const slug = (v: string | null) => (v && SLUG.test(v) ? v : null);
	const online = q.get('tiessaiste');
	return {
		view: q.get('skats') === 'menesis' ? 'month' : 'list',
		month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : rigaMonth(now),
		kinds: q.getAll('veids').filter((k): k is EventKind => (EVENT_KINDS as readonly string[]).includes(k)),
		municipality: slug(q.get('novads')),
		online: online === '1' ? true : online === '0' ? false : undefined,
		organisation: slug(q.get('organizacija')),
		// a project's slug; older links carry its uuid, which the slug pattern also admits
		project: slug(q.get('projekts')),
		language: (SPOKEN_LANGUAGES as readonly string[]).includes(q.get('valoda') ?? '') ? q.get('valoda') : null,
		past: q.get('pagajusie') === '1',
		page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1
	};
}

/** The same filters as a query string (for links to the other view, the feed and the pages). */
export function calendarQuery(p: Partial<CalendarParams>, extra: Record<string, string> = {}): string {
	const q = new URLSearchParams();
	if (p.view === 'month') q.set('skats', 'menesis');
	if (p.view === 'month' && p.month) q.set('menesis', p.month);
	for (const k of p.kinds ?? []) q.append('veids', k);
	if (p.municipality) q.set('novads', p.municipality);
	if (p.online !== undefined) q.set('tiessaiste', p.online ? '1' : '0');
	if (p.organisation) q.set('organizacija', p.organisation);
	if (p.project) q.set('projekts', p.project);
	if (p.language) q.set('valoda', p.language);
	if (p.past) q.set('pagajusie', '1');
	if (p.page && p.page > 1) q.set('page', String(p.page));
	for (const [k, v] of Object.entries(extra)) q.set(k, v);
	const s = q.toString();
	return s ? `?${s}` : '';
}
