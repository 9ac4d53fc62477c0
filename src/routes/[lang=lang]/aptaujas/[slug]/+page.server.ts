import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { answerSurvey, loadAnswerPage, type Links } from '$lib/server/surveys/answer-flow';
import { answerView, municipalityChoices } from '$lib/server/surveys/answer-view';
import { localized } from '$lib/domain/localized';
import type { SurveyAnswers } from '$lib/domain/survey/types';
import { m } from '$lib/paraglide/messages';

/** ?kods= is an invitation link, ?turpinat= a saved response's resume link. */
const linksOf = (url: URL): Links => ({ invitationToken: url.searchParams.get('kods'), resumeToken: url.searchParams.get('turpinat') });

export const load: PageServerLoad = async ({ params, url }) => {
	const page = await loadAnswerPage(db(), params.slug, linksOf(url));
	if (!page) error(404, 'Not found');
	const { survey, definition } = page;
	return {
		slug: survey.slug,
		title: localized(survey.title, params.lang),
		intro: localized(survey.intro, params.lang),
		mode: survey.mode,
		refusal: page.refusal,
		answers: page.answers as SurveyAnswers,
		resumed: Object.keys(page.answers).length > 0,
		sections: answerView(definition, params.lang, { yes: m.survey_answer_yes(), no: m.survey_answer_no() }),
		municipalities: await municipalityChoices(db(), definition, params.lang)
	};
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:survey_response');
		const links = linksOf(event.url);
		// the resume link is the proof for changing a saved response (checked by its hash in the flow)
		if (links.resumeToken) await authorize(event, 'update:survey_response');
		const form = await event.request.formData();
		const intent = form.get('intent') === 'save' ? 'save' : 'submit';
		const result = await answerSurvey(db(), {
			...links,
			slug: event.params.slug,
			locale: event.params.lang,
			entries: form.entries(),
			intent,
			ip: event.locals.clientAddress
		});
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) {
			const status = result.reason === 'invalid' ? 400 : result.reason === 'rate_limited' ? 429 : 409;
			return fail(status, { reason: result.reason, answers: result.answers, errors: result.errors });
		}
		if (result.kind === 'saved') {
			const resume = new URL(event.url.pathname, event.url.origin);
			if (links.invitationToken) resume.searchParams.set('kods', links.invitationToken);
			resume.searchParams.set('turpinat', result.resumeToken);
			return { done: 'saved' as const, resumeUrl: resume.href, mailed: result.mailed };
		}
		return { done: 'submitted' as const };
	}
};

/** A public page without SvelteKit's client (decision 007); conditions are shown live by an island. */
export const csr = false;
