import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { eventSchema } from '$lib/forms/events';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { newSubmissionId, resolveEventForm } from '$lib/server/events/event-input';
import { eventFormOptions } from '$lib/server/events/lookups-repository';
import { projectChoices } from '$lib/server/events/event-projects';
import { createEvent } from '$lib/server/events/manage-flow';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:event', { organisationId: organisation.id });
	return { submission: newSubmissionId(), options: { ...(await eventFormOptions(db(), event.params.lang)), projects: await projectChoices(db(), organisation.id, event.params.lang) } };
};

export const actions: Actions = {
	default: async (event) => {
		const principal = await requirePermission(event, 'create:event', () => workspaceScope(event));
		const form = await event.request.formData();
		const values = typedValues(form);
		const parsed = parseWith(eventSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const { organisationId } = await workspaceScope(event);
		const resolved = await resolveEventForm(db(), parsed.data, organisationId);
		if (!resolved.ok) return fail(400, { values, errors: resolved.errors });
		const created = await createEvent(db(), { organisationId, actorUserId: principal.userId, submissionId: parsed.data.submission, publish: form.get('publish') === '1', value: resolved.value });
		redirect(303, `/${event.params.lang}/organizacijas/${event.params.slug}/darbs/pasakumi/${created.id}?saglabats=1`);
	}
};
