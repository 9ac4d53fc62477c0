/**
 * A project's events on its public page (issue 15: "its events"): the webinars, workshops and
 * study visits the project ran and will run, newest first, with the calendar filtered to the project.
 */
import { m } from '$lib/paraglide/messages';
import { localized } from '$lib/domain/localized';
import { eventShort } from '$lib/events/format';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { listCalendar } from './events-repository';

const SHOWN = 8;

export async function projectEventsSlot(ctx: SlotContext): Promise<PageSlotView | null> {
	const { rows, total } = await listCalendar(ctx.db, { projectId: String(ctx.id) }, { limit: SHOWN, offset: 0 }, true, 'desc');
	if (!rows.length) return null;
	return {
		id: 'events',
		title: m.events_title({}, { locale: ctx.locale }),
		items: rows.map((e) => ({
			title: localized(e.title, ctx.locale),
			// a title without the reader's language falls back to Latvian: say so to screen readers
			lang: e.title[ctx.locale] ? ctx.locale : 'lv',
			href: `/${ctx.locale}/pasakumi/${e.slug}`,
			meta: eventShort(e.startsAt, ctx.locale),
			badge: e.status === 'cancelled' ? m.events_status_cancelled({}, { locale: ctx.locale }) : undefined
		})),
		more: total > rows.length ? { href: `/${ctx.locale}/pasakumi?projekts=${ctx.slug}&pagajusie=1`, label: m.events_all_in_calendar({}, { locale: ctx.locale }) } : undefined
	};
}

registerPageSlot('project', { id: 'events', order: 30, load: projectEventsSlot });
