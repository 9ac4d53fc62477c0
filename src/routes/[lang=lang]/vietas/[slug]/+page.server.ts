import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { eventsForPage } from '$lib/server/events/page-slots';
import { db } from '$lib/server/db/bootstrap';
import { placePage } from '$lib/server/places/queries';
import { authorize } from '$lib/server/auth/authorize';
import { formValues, parseWith, typedFields } from '$lib/forms/parse';
import { HONEYPOT_FIELD, honeypotFilled } from '$lib/server/moderation/form-guard';
import { rigaMoment } from '$lib/domain/riga-time';
// issue 17: residents, plans, programmes, consultation lines and "book a visit" (communities/)
import { placeCommunityBySlug } from '$lib/server/communities/queries';
import { visitSchema } from '$lib/server/communities/forms';
import { requestVisit } from '$lib/server/communities/visit-flow';

export const load: PageServerLoad = async ({ params }) => {
	// "Open now" is computed for the request time in Europe/Riga, so the HTML is right without client JS.
	const now = new Date();
	const data = await placePage(db(), params.slug, params.lang, now);
	if (!data) error(404, 'Not found');
	const [eventsSlot, community] = await Promise.all([eventsForPage(db(), { place: params.slug }), placeCommunityBySlug(db(), params.slug, params.lang, now)]);
	return { ...data, eventsSlot, community };
};

const VISIT_FIELDS = ['name', 'email', 'phone', 'preferredOn', 'message', 'consent'] as const;

export const actions: Actions = {
	visit: async (event) => {
		await authorize(event, 'create:visit_request');
		const form = await event.request.formData();
		const values = typedFields(form, VISIT_FIELDS);
		// a filled honeypot is a bot: the same refusal as any other, so it learns nothing
		if (honeypotFilled(form.get(HONEYPOT_FIELD))) return fail(400, { visit: { values, errors: {}, formError: 'spam' as const } });
		const parsed = parseWith(visitSchema, formValues(form));
		// a day already past in Riga is a slip of the date picker, not a wish: said together with the other errors
		const past = /^\d{4}-\d{2}-\d{2}$/.test(values.preferredOn) && values.preferredOn < rigaMoment(new Date()).date;
		const errors = { ...(parsed.ok ? {} : parsed.errors), ...(past ? { preferredOn: 'past_date' } : {}) };
		if (!parsed.ok || past) return fail(400, { visit: { values, errors } });
		const result = await requestVisit(db(), {
			placeSlug: event.params.slug,
			form: parsed.data,
			locale: event.params.lang,
			ip: event.locals.clientAddress,
			personId: null
		});
		if (!result.ok) return fail(result.error === 'rate_limited' ? 429 : 400, { visit: { values, errors: {}, formError: result.error } });
		return { visit: { sent: true } };
	}
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
