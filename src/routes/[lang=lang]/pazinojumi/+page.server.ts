import { authSecret } from '$lib/server/auth/secret';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { checkFormStart, HONEYPOT_FIELD, honeypotFilled, signFormStart, STARTED_FIELD } from '$lib/server/moderation/form-guard';
import { parseAlertForm } from '$lib/server/alerts/alert-form';
import { subscribeAlert } from '$lib/server/alerts/flow';
import { alertChoices, alertLabel } from '$lib/server/alerts/queries';

/**
 * /lv/pazinojumi — e-mail alerts: the general form (choose a category, municipality, region or
 * words), and where the alert form of every other page posts (the result page without JavaScript).
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const query = url.searchParams.get('query') ?? '';
	const label = await alertLabel(db(), query, params.lang);
	return { options: await alertChoices(db(), params.lang), query: label ? query : '', label };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:alert');
		const form = await event.request.formData();
		const parsed = parseAlertForm(form);
		const choice = (k: string) => (typeof form.get(k) === 'string' ? String(form.get(k)) : '');
		// the saved search the form came with (its page's), kept apart from the choices of this page
		const hidden = choice('query');
		const values = { ...parsed.values, query: hidden, q: choice('q'), category: choice('category'), municipality: choice('municipality'), region: choice('region') };
		const label = hidden ? await alertLabel(db(), hidden, event.params.lang) : null;
		const secret = authSecret();
		const fresh = signFormStart(new Date(), secret);
		// a filled honeypot is a bot: the same answer as any refusal, so it learns nothing
		if (honeypotFilled(form.get(HONEYPOT_FIELD))) return fail(400, { values, errors: {}, formError: 'spam', started: fresh, label });
		const posted = form.get(STARTED_FIELD) as string | null;
		const timing = checkFormStart(posted, new Date(), secret);
		// the form keeps the start time it was opened with: the answer page is a new page (no client
		// on most pages), and a person who already waited must not wait again after fixing a field
		const kept = timing === 'ok' || timing === 'too_fast' ? posted! : fresh;
		// field errors first: a person who sends too early with a mistake needs to hear about the mistake
		if (!parsed.fields) return fail(400, { values, errors: parsed.errors, formError: 'fields', started: kept, label });
		if (timing === 'too_fast') return fail(400, { values, errors: {}, formError: 'too_fast', started: kept, label });
		if (timing !== 'ok') return fail(400, { values, errors: {}, formError: 'expired', started: fresh, label });
		const principal = event.locals.principal;
		const result = await subscribeAlert(db(), {
			fields: parsed.fields,
			locale: event.params.lang,
			ip: event.locals.clientAddress,
			account: principal ? { userId: principal.userId, email: principal.email } : null
		});
		if (!result.ok) return fail(result.error === 'rate_limited' ? 429 : 400, { values, errors: {}, formError: result.error, label });
		return { sentTo: parsed.fields.email, alert: result.alert };
	}
};
