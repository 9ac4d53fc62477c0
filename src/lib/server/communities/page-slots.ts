/**
 * Consultation lines on an organisation's public page (issue 17): each line's title, number (a
 * tel: link), "open now" or when it opens (Riga time, at the request's moment) and the region.
 */
import { formatOpenStatus } from '$lib/i18n/days';
import { m } from '$lib/paraglide/messages';
import type { PageSlotView } from '$lib/contracts/programme';
import { registerPageSlot, type SlotContext } from '../programme/page-slots';
import { organisationLines, type LineView } from './queries';

export function lineMeta(l: LineView, locale: string): string {
	const status = l.hours ? formatOpenStatus(l.hours.status, locale) : '';
	const region = l.region.nationwide ? m.cowork_line_nationwide({}, { locale: locale as 'lv' }) : l.region.territories.map((t) => t.name).join(', ');
	return [l.phone, status, region].filter(Boolean).join(' · ');
}

async function linesSlot(ctx: SlotContext): Promise<PageSlotView | null> {
	const lines = await organisationLines(ctx.db, String(ctx.id), ctx.locale, ctx.now);
	if (!lines.length) return null;
	return {
		id: 'consultation-lines',
		title: m.cowork_lines_title({}, { locale: ctx.locale }),
		items: lines.map((l) => ({ title: l.title, lang: l.titleLang, href: l.tel, meta: lineMeta(l, ctx.locale), badge: l.openNow ? m.cowork_line_open_badge({}, { locale: ctx.locale }) : undefined }))
	};
}

registerPageSlot('organisation', { id: 'consultation-lines', order: 25, load: linesSlot });
