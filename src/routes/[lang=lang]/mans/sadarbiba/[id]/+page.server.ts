import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseMessage, parseOutcome } from '$lib/domain/cooperation-interest/input';
import { requirePermission, signedIn } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { interestView } from '$lib/server/cooperation-interest/queries';
import { asOwner, asParty, asSender } from '$lib/server/cooperation-interest/route-helpers';
import { decideInterest, postMessage, recordOutcome, withdrawInterest, type FlowResult } from '$lib/server/cooperation-interest/thread-flow';

/** An interest as one of its two sides sees it; anyone else gets 404. Contacts and the thread only once accepted. */
export const load: PageServerLoad = async (event) => {
	const principal = signedIn(event);
	const view = await interestView(db(), principal, event.params.id, event.params.lang);
	if (!view) error(404, 'Not found');
	return { view, sent: event.url.searchParams.has('nosutits') };
};

function answer(done: FlowResult, what: string) {
	if (done.ok) return { done: what };
	if (done.reason === 'not_found') error(404, 'Not found');
	return fail(409, { refused: done.reason });
}

const today = () => new Date().toISOString().slice(0, 10);

export const actions: Actions = {
	accept: async (event) => {
		const principal = await requirePermission(event, 'decide:cooperation_interest', asOwner(event));
		return answer(await decideInterest(db(), { principal, id: event.params.id, accept: true }), 'accepted');
	},
	decline: async (event) => {
		const principal = await requirePermission(event, 'decide:cooperation_interest', asOwner(event));
		return answer(await decideInterest(db(), { principal, id: event.params.id, accept: false }), 'declined');
	},
	withdraw: async (event) => {
		const principal = await requirePermission(event, 'withdraw:cooperation_interest', asSender(event));
		return answer(await withdrawInterest(db(), { principal, id: event.params.id }), 'withdrawn');
	},
	message: async (event) => {
		const principal = await requirePermission(event, 'message:cooperation_interest', asParty(event));
		const form = await event.request.formData();
		const parsed = parseMessage(form);
		if (!parsed.ok) return fail(400, { messageErrors: parsed.errors as Record<string, string>, body: String(form.get('body') ?? '') });
		return answer(await postMessage(db(), { principal, id: event.params.id, body: parsed.value }), 'message');
	},
	outcome: async (event) => {
		const principal = await requirePermission(event, 'record:cooperation_outcome', asParty(event));
		const form = await event.request.formData();
		const parsed = parseOutcome(form, today());
		const values = { kind: String(form.get('kind') ?? ''), happenedOn: String(form.get('happenedOn') ?? ''), note: String(form.get('note') ?? '') };
		if (!parsed.ok) return fail(400, { outcomeErrors: parsed.errors as Record<string, string>, outcome: values });
		return answer(await recordOutcome(db(), { principal, id: event.params.id, outcome: parsed.value }), 'outcome');
	}
};
