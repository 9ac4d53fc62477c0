import type { PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { signedIn } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { agendaForAccount } from '$lib/server/brokerage/queries';
import { accountOf, publishedEvent } from '$lib/server/brokerage/route-helpers';

/** A participant's agenda: their confirmed meetings in time order, with table or link, and the .ics. */
export const load: PageServerLoad = async (event) => {
	const principal = signedIn(event);
	const found = await publishedEvent(event);
	const agenda = await agendaForAccount(db(), found.id, accountOf(principal));
	return {
		event: { slug: found.slug, title: localized(found.title, event.params.lang), timeZone: found.timeZone },
		registered: agenda !== null,
		meetings: (agenda ?? []).map((mt) => ({ id: mt.id, startsAt: mt.slot.startsAt.toISOString(), endsAt: mt.slot.endsAt.toISOString(), other: mt.other, message: mt.message, tableNumber: mt.tableNumber, onlineUrl: mt.onlineUrl }))
	};
};
