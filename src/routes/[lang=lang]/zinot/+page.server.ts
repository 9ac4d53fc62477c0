import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { authSecret } from '$lib/server/auth/secret';
import { checkFormStart, HONEYPOT_FIELD, honeypotFilled, signFormStart, STARTED_FIELD } from '$lib/server/moderation/form-guard';
import { spendFormToken } from '$lib/server/moderation/form-token-use';
import { submitReport } from '$lib/server/reports/flow';
import { reportTarget } from '$lib/server/reports/queries';
import { parseReportForm } from '$lib/server/reports/report-form';

/** /lv/zinot?type=producer&slug=kalnmuizas — "report a problem" about one public listing. */
export const load: PageServerLoad = async ({ url, params, locals }) => {
	const target = await reportTarget(db(), url.searchParams.get('type') ?? '', url.searchParams.get('slug') ?? '', params.lang);
	if (!target) error(404, 'Not found');
	return { target, started: signFormStart(new Date(), authSecret()), accountEmail: locals.principal?.email ?? '' };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:report');
		const form = await event.request.formData();
		const parsed = parseReportForm(form);
		const secret = authSecret();
		const fresh = signFormStart(new Date(), secret);
		const typed = (form.get(STARTED_FIELD) as string | null) ?? fresh;
		// a filled honeypot is a bot; it gets the same answer as any refusal so it learns nothing
		if (honeypotFilled(form.get(HONEYPOT_FIELD))) return fail(400, { values: parsed.values, errors: {}, formError: 'spam' as const, started: fresh });
		// field errors first: a person who sends too early with a mistake needs to hear about the mistake
		if (!parsed.fields) return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'fields' as const, started: typed });
		const timing = checkFormStart(form.get(STARTED_FIELD) as string | null, new Date(), secret);
		if (timing === 'too_fast') return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'too_fast' as const, started: typed });
		if (timing !== 'ok') return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'expired' as const, started: fresh });

		// the token is spent only now, when everything else passed: a replay of it is refused
		if (!(await spendFormToken(db(), form.get(STARTED_FIELD) as string))) {
			return fail(400, { values: parsed.values, errors: parsed.errors, formError: 'expired' as const, started: fresh });
		}
		const result = await submitReport(db(), {
			fields: parsed.fields,
			locale: event.params.lang,
			ip: event.locals.clientAddress,
			userId: event.locals.principal?.userId ?? null
		});
		// the typed token is spent: a second try needs a fresh one
		if (!result.ok && result.error === 'rate_limited') return fail(429, { values: parsed.values, errors: {}, formError: 'rate_limited' as const, started: fresh });
		if (!result.ok && result.error === 'duplicate_not_found') {
			return fail(400, { values: parsed.values, errors: { duplicateOf: 'not_found' as const }, formError: 'fields' as const, started: fresh });
		}
		if (!result.ok) error(404, 'Not found');
		return { sent: true as const, listingName: result.listingName, reason: parsed.fields.reason, comment: parsed.fields.comment, email: parsed.fields.email };
	}
};

/** No SvelteKit client: the form posts as a plain form and the page comes back with its messages (decision 007). */
export const csr = false;
