import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { answerView } from '$lib/server/matching/answer-queries';
import { answerMatch } from '$lib/server/matching/match-flow';
import { cleanText } from '$lib/text/clean';

/** Served as plain HTML: a person opens it from a mail, often on a phone; the link is their proof. */
export const csr = false;

/** One side of a proposed pair answers from their personal link (`?kods=`); a bad link gets a page saying so, not an error. */
export const load: PageServerLoad = async ({ url, params, setHeaders }) => {
	// a personal page: never kept by a shared cache
	setHeaders({ 'cache-control': 'private, no-store' });
	const token = url.searchParams.get('kods') ?? '';
	const view = await answerView(db(), token, params.lang);
	return { token: view ? token : '', view };
};

async function answer(event: Parameters<Actions[string]>[0], kind: 'accept' | 'decline') {
	const form = await event.request.formData();
	const token = String(form.get('kods') ?? '');
	const reason = cleanText(form.get('reason')).slice(0, 1000);
	const result = await answerMatch(db(), { token, answer: kind, reason });
	if (!result.ok) return fail(result.reason === 'bad_link' ? 404 : 409, { refused: result.reason });
	return { answered: kind, status: result.status };
}

export const actions: Actions = {
	accept: async (event) => {
		await authorize(event, 'accept:mentoring_match');
		return answer(event, 'accept');
	},
	decline: async (event) => {
		await authorize(event, 'accept:mentoring_match');
		return answer(event, 'decline');
	}
};
