import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { eventSchema } from '$lib/forms/events';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { eventScope, workspaceEventOf } from '$lib/server/events/access';
import { resolveEventForm } from '$lib/server/events/event-input';
import { eventFormOptions } from '$lib/server/events/lookups-repository';
import { projectChoices } from '$lib/server/events/event-projects';
import { cancelEvent, saveEvent } from '$lib/server/events/manage-flow';
import { eventFormValues } from '$lib/server/events/workspace-queries';

export const load: PageServerLoad = async (event) => {
	const found = await workspaceEventOf(event);
	const principal = await requirePermission(event, 'read:event', { organisationId: found.organisationId });
	const scope = { organisationId: found.organisationId };
	return {
		event: { id: found.id, slug: found.slug, status: found.status, title: found.title },
		values: await eventFormValues(db(), found),
		options: { ...(await eventFormOptions(db(), event.params.lang)), projects: await projectChoices(db(), found.organisationId, event.params.lang) },
		saved: event.url.searchParams.get('saglabats') === '1',
		canEdit: can(principal, 'update:event', scope),
		canCancel: can(principal, 'delete:event', scope) && found.status !== 'cancelled'
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:event', () => eventScope(event));
		const form = await event.request.formData();
		const values = typedValues(form);
		const parsed = parseWith(eventSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const found = await workspaceEventOf(event);
		const resolved = await resolveEventForm(db(), parsed.data, found.organisationId);
		if (!resolved.ok) return fail(400, { values, errors: resolved.errors });
		await saveEvent(db(), { eventId: found.id, organisationId: found.organisationId, actorUserId: principal.userId, publish: form.get('publish') === '1', value: resolved.value });
		return { message: m.account_saved() };
	},
	cancel: async (event) => {
		const principal = await requirePermission(event, 'delete:event', () => eventScope(event));
		const found = await workspaceEventOf(event);
		const ok = await cancelEvent(db(), { eventId: found.id, organisationId: found.organisationId, actorUserId: principal.userId });
		return ok ? { message: m.events_event_cancelled() } : fail(409, { error: m.events_cancel_not_possible() });
	}
};
