import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { applyToCohort } from '$lib/server/programmes/apply-flow';
import { applicationChoices, parseApplication } from '$lib/server/programmes/apply-input';
import { applicationTarget } from '$lib/server/programmes/public-queries';
import { cohortCard } from '$lib/server/programmes/public-view';
import { answerView } from '$lib/server/surveys/answer-view';
import { localized, localizedLang } from '$lib/domain/localized';
import { typedValues } from '$lib/forms/parse';

export const load: PageServerLoad = async ({ params, locals }) => {
	const target = await applicationTarget(db(), params.slug, params.cohort);
	if (!target) error(404, 'Not found');
	const lang = params.lang;
	return {
		programme: { slug: target.programme.slug, title: { text: localized(target.programme.title, lang), lang: localizedLang(target.programme.title, lang) } },
		cohort: cohortCard(target.cohort, lang),
		sections: answerView(target.form, lang, { yes: m.survey_answer_yes(), no: m.survey_answer_no() }),
		choices: await applicationChoices(db(), lang),
		signedIn: locals.principal ? { email: locals.principal.email } : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const principal = await authorize(event, 'create:application');
		const { params } = event;
		const locale = isLocale(params.lang) ? params.lang : 'lv';
		const target = await applicationTarget(db(), params.slug, params.cohort);
		if (!target) error(404, 'Not found');
		const form = await event.request.formData();
		const choices = await applicationChoices(db(), locale);
		const parsed = parseApplication(form, target.form, choices);
		if (!parsed.ok) return fail(400, { reason: 'invalid' as const, values: parsed.values, errors: parsed.errors, answerErrors: parsed.answerErrors, answers: parsed.answers });
		const d = parsed.data;
		const outcome = await applyToCohort(db(), principal, {
			programmeSlug: params.slug,
			cohortSlug: params.cohort,
			name: d.name,
			email: d.email,
			locale,
			answers: parsed.answers,
			sectors: d.sectors,
			municipalityId: d.municipalityId ?? null,
			languages: d.languages,
			needs: d.needs ?? ''
		});
		if (outcome.kind === 'not_found') error(404, 'Not found');
		if (outcome.kind === 'closed' || outcome.kind === 'duplicate') return fail(409, { reason: outcome.kind, values: typedValues(form), errors: {}, answerErrors: {}, answers: parsed.answers });
		return { done: outcome.kind, email: d.email };
	}
};

/** A public page without SvelteKit's client (decision 007). */
export const csr = false;
