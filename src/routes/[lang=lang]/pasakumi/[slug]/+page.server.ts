import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { registrationSchema } from '$lib/forms/events';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { findEventBySlug } from '$lib/server/events/events-repository';
import { eventFormOptions } from '$lib/server/events/lookups-repository';
import { eventPage } from '$lib/server/events/queries';
import { registerForEvent } from '$lib/server/events/register-flow';
import { checkRegistration } from '$lib/server/events/registration-input';
import { linkOrigin } from '$lib/server/export/respond-text';
import { materialsOf } from '$lib/server/library/public-queries';
import { brokerageLink } from '$lib/server/brokerage/queries';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const data = await eventPage(db(), params.slug, params.lang, linkOrigin(url));
	if (!data) error(404, 'Not found');
	const asksMunicipality = data.event.funderFields.includes('municipality') && data.window === 'open';
	return {
		...data,
		// the library items that came from this event (issue 16: an event's page lists its materials)
		library: await materialsOf(db(), { eventId: data.event.id }, params.lang),
		municipalities: asksMunicipality ? (await eventFormOptions(db(), params.lang)).municipalities : [],
		signedIn: locals.principal ? { email: locals.principal.email } : null,
		brokerage: data.event.status === 'published' ? await brokerageLink(db(), data.event.id) : null
	};
};

export const actions: Actions = {
	register: async (event) => {
		const principal = await authorize(event, 'create:registration');
		const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
		const form = await event.request.formData();
		const values = typedValues(form);
		const parsed = parseWith(registrationSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const found = await findEventBySlug(db(), event.params.slug);
		if (!found || found.status !== 'published') error(404, 'Not found');
		const checked = await checkRegistration(db(), found, parsed.data);
		if (!checked.ok) return fail(400, { values, errors: checked.errors });
		const f = parsed.data;
		const outcome = await registerForEvent(db(), principal, {
			eventId: found.id,
			email: f.email,
			name: f.name,
			locale,
			guests: f.guests ?? 0,
			guestNames: f.guestNames ?? null,
			answers: checked.answers,
			facts: checked.facts,
			consent: f.consent
		});
		if (outcome.kind === 'closed') return fail(409, { values, errors: {}, message: m.events_registration_closed() });
		if (outcome.kind === 'not_found') error(404, 'Not found');
		if (outcome.kind === 'seat' && outcome.token) redirect(303, `/${locale}/pasakumi/${found.slug}/mana?k=${encodeURIComponent(outcome.token)}`);
		return { checkMail: f.email };
	}
};
