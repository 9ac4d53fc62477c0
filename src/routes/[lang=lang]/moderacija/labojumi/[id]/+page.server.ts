import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize, readerReach } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { cleanText } from '$lib/text/clean';
import { inReach, reviewCapability, reviewCapabilityOf, reviewScope, revisionScope } from '$lib/server/moderation/access';
import type { RevisionRow } from '$lib/server/moderation/revisions-repository';
import type { Db } from '$lib/server/db/types';
import { decisionSchema, type Decision, type DecisionMessageError } from '$lib/forms/moderation';
import { parseWith } from '$lib/forms/parse';
import { revisionView } from '$lib/server/moderation/queries';
import { decide } from '$lib/server/moderation/review-flow';

export const load: PageServerLoad = async (event) => {
	const reach = readerReach(event, 'read:moderation');
	const view = /^[0-9a-f-]{36}$/i.test(event.params.id) ? await revisionView(db(), event.params.id, event.params.lang) : null;
	if (!view) error(404, 'Not found');
	if (!inReach(reach, view.municipalityId)) error(403, 'Forbidden');
	// the decision buttons show only when the actions would allow it (current and proposed place, not one's own change)
	const scope = await reviewScope(db(), event);
	return { view, canReview: can(event.locals.principal ?? null, reviewCapability(view.entityType), scope) };
};

/** Shared by the four decisions; the guard (authorize) ran first in each action. */
async function decideAction(event: RequestEvent, decision: Decision) {
	const form = await event.request.formData();
	const message = cleanText(form.get('message'));
	// the flow parses with the same schema; here its codes become the page's error
	const parsed = parseWith(decisionSchema, { decision, message });
	if (!parsed.ok) return fail(400, { decision, error: parsed.errors.message as DecisionMessageError, message });
	const principal = event.locals.principal!;
	// a new producer's products and points are decided with it where this reviewer may decide them
	const mayDecide = async (tx: Db, part: RevisionRow) => can(principal, reviewCapability(part.entityType), await revisionScope(tx, part));
	const result = await decide(db(), { revisionId: event.params.id!, decision, reviewerUserId: principal.userId, message, mayDecide });
	if (!result.ok) {
		if (result.refusal === 'not_found') error(404, 'Not found');
		return fail(409, { decision, error: result.refusal, message });
	}
	redirect(303, `/${event.params.lang}/moderacija?izlemts=${decision}`);
}

export const actions: Actions = {
	approve: async (event) => {
		await authorize(event, await reviewCapabilityOf(db(), event), () => reviewScope(db(), event));
		return decideAction(event, 'approve');
	},
	reject: async (event) => {
		await authorize(event, await reviewCapabilityOf(db(), event), () => reviewScope(db(), event));
		return decideAction(event, 'reject');
	},
	changes: async (event) => {
		await authorize(event, await reviewCapabilityOf(db(), event), () => reviewScope(db(), event));
		return decideAction(event, 'request_changes');
	},
	archive: async (event) => {
		await authorize(event, await reviewCapabilityOf(db(), event), () => reviewScope(db(), event));
		return decideAction(event, 'archive');
	}
};
