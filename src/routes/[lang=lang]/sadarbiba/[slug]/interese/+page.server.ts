import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { parseInterest } from '$lib/domain/cooperation-interest/input';
import { authorize, signedIn } from '$lib/server/auth/authorize';
import { ownNewRow } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { expressInterest, interestFormContext } from '$lib/server/cooperation-interest/express-flow';

/** "I am interested": signed-in people only; the form is prefilled from the account and never shows the profile's contacts. */
export const load: PageServerLoad = async (event) => {
	const principal = signedIn(event);
	const context = await interestFormContext(db(), principal, event.params.slug, event.params.lang);
	if (!context) error(404, 'Not found');
	return context;
};

const FIELDS = ['fromName', 'message', 'contactEmail', 'contactPhone', 'fromProfileId'] as const;

export const actions: Actions = {
	default: async (event) => {
		const principal = await authorize(event, 'create:cooperation_interest', ownNewRow(event.locals.principal ?? null));
		if (!principal) error(401, 'Sign in required');
		const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
		const form = await event.request.formData();
		const values = Object.fromEntries(FIELDS.map((k) => [k, String(form.get(k) ?? '')])) as Record<string, string>;
		const parsed = parseInterest(form);
		if (!parsed.ok) return fail(400, { reason: 'invalid' as const, values, errors: parsed.errors as Record<string, string> });
		const done = await expressInterest(db(), { principal, slug: event.params.slug, input: parsed.value, locale });
		if (!done.ok) {
			if (done.reason === 'not_found') error(404, 'Not found');
			return fail(409, { reason: done.reason, values, errors: {} as Record<string, string> });
		}
		redirect(303, `/${locale}/mans/sadarbiba/${done.id}?nosutits=1`);
	}
};
