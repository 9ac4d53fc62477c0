import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { eventPage } from '$lib/server/events/queries';
import { personalPage, registrationOfLink } from '$lib/server/events/personal-queries';
import { acceptOffer, cancelRegistration } from '$lib/server/events/registration-flow';
import { linkOrigin } from '$lib/server/export/respond-text';

/** A registrant's own page: opened with the signed link (?k=) from their mails; `atcelt=1` asks to cancel. */
export const load: PageServerLoad = async ({ params, url }) => {
	const token = url.searchParams.get('k') ?? '';
	const mine = await personalPage(db(), params.slug, token);
	const event = mine ? await eventPage(db(), params.slug, params.lang, linkOrigin(url)) : null;
	if (!mine || !event) error(404, 'Not found');
	return { mine, event, token, askCancel: url.searchParams.get('atcelt') === '1' };
};

async function linkOf(event: Parameters<Actions[string]>[0]) {
	const form = await event.request.formData();
	return registrationOfLink(db(), event.params.slug ?? '', String(form.get('k') ?? ''));
}

export const actions: Actions = {
	cancel: async (event) => {
		await authorize(event, 'update:registration');
		const id = await linkOf(event);
		if (!id) error(404, 'Not found');
		const result = await cancelRegistration(db(), id);
		if (!result.ok) return fail(409, { error: m.events_cancel_not_possible() });
		return { message: m.events_cancelled_message() };
	},
	accept: async (event) => {
		await authorize(event, 'update:registration');
		const id = await linkOf(event);
		if (!id) error(404, 'Not found');
		const result = await acceptOffer(db(), id);
		if (!result.ok) return fail(409, { error: result.reason === 'expired' ? m.events_offer_expired() : m.events_cancel_not_possible() });
		return { message: m.events_offer_accepted() };
	}
};
