import type { RequestHandler } from './$types';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { signedIn } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { agendaIcs } from '$lib/server/brokerage/ics';
import { agendaForAccount } from '$lib/server/brokerage/queries';
import { accountOf, publishedEvent } from '$lib/server/brokerage/route-helpers';
import { linkOrigin } from '$lib/server/export/respond-text';

/** The signed-in participant's agenda as iCalendar: one VEVENT per confirmed meeting, in the event's zone. */
export const GET: RequestHandler = async (event) => {
	const principal = signedIn(event);
	const found = await publishedEvent(event);
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	const o = { locale };
	const agenda = (await agendaForAccount(db(), found.id, accountOf(principal))) ?? [];
	const title = localized(found.title, locale);
	const url = `${linkOrigin(event.url)}/${locale}/pasakumi/${found.slug}/tiksanas/mana`;
	const body = agendaIcs(
		found.timeZone,
		locale,
		`${m.brok_title({}, o)}: ${title}`,
		agenda.map((mt) => {
			const who = [mt.other.name ?? '—', mt.other.organisationName].filter(Boolean).join(', ');
			return {
				id: mt.id,
				startsAt: mt.slot.startsAt,
				endsAt: mt.slot.endsAt,
				summary: m.brok_ics_summary({ name: who }, o),
				description: [title, mt.message, url].filter(Boolean).join('\n\n'),
				location: mt.tableNumber != null ? m.brok_table({ n: mt.tableNumber }, o) : mt.onlineUrl,
				url: mt.onlineUrl ?? url
			};
		})
	);
	return new Response(body, {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${found.slug}-tiksanas.ics"`, 'cache-control': 'private, no-store' }
	});
};
