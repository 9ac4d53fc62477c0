import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { isUuid } from '$lib/domain/ids';
import { AMENITY_KEYS } from '$lib/contracts/listings/amenities';
import { readHoursSubmission } from '$lib/server/owner/hours-form';
import { compactText, planSchema, residentSchema } from '$lib/server/communities/forms';
import { removePlan, removeResident, saveAmenities, saveHours, savePlan, saveResident, type Actor } from '$lib/server/communities/host-flow';
import { hostPlace } from '$lib/server/communities/host-queries';
import { placeOfOperator } from '$lib/server/communities/places-lookup';
import { changeVisitStatus, replyToVisit } from '$lib/server/communities/visit-flow';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

/** One place the organisation runs: residents, plans, amenities, hours and the visit inbox. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:visit_request', { organisationId: organisation.id });
	const data = isUuid(event.params.id) ? await hostPlace(db(), organisation.id, event.params.id, event.params.lang) : null;
	if (!data) error(404, 'Not found');
	const scope = { organisationId: organisation.id };
	return { ...data, amenityKeys: AMENITY_KEYS, canEdit: can(principal, 'update:place_community', scope), canAnswer: can(principal, 'update:visit_request', scope) };
};

/** The place named by the URL, only when this organisation runs it; and who acts. */
async function target(event: RequestEvent<{ lang: string; slug: string; id: string }>, userId: string) {
	const organisation = await workspaceOf(event);
	const place = isUuid(event.params.id) ? await placeOfOperator(db(), organisation.id, event.params.id) : null;
	if (!place) error(404, 'Not found');
	const actor: Actor = { userId, organisationId: organisation.id };
	return { organisation, place, actor };
}

const idOf = (form: FormData) => {
	const id = String(form.get('id') ?? '');
	return isUuid(id) ? id : null;
};

export const actions: Actions = {
	resident: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		const form = await event.request.formData();
		const id = idOf(form);
		const key = `resident:${id ?? 'new'}`;
		const parsed = parseWith(residentSchema, formValues(form));
		if (!parsed.ok) return fail(400, { target: key, values: typedValues(form), errors: parsed.errors });
		const result = await saveResident(db(), actor, place, parsed.data, id, event.params.lang);
		if (!result.ok) return fail(400, { target: key, values: typedValues(form), errors: result.errors });
		return { target: key, saved: true };
	},
	residentDelete: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		const id = idOf(await event.request.formData());
		if (!id || !(await removeResident(db(), actor, place, id))) error(404, 'Not found');
		return { target: 'resident:new', removed: true };
	},
	plan: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		const form = await event.request.formData();
		const id = idOf(form);
		const key = `plan:${id ?? 'new'}`;
		const parsed = parseWith(planSchema, formValues(form));
		if (!parsed.ok) return fail(400, { target: key, values: typedValues(form), errors: parsed.errors });
		const p = parsed.data;
		const ok = await savePlan(db(), actor, place, { name: compactText(p.name), description: compactText(p.description), priceCents: p.price, period: p.period, position: p.position }, id);
		if (!ok) error(404, 'Not found');
		return { target: key, saved: true };
	},
	planDelete: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		const id = idOf(await event.request.formData());
		if (!id || !(await removePlan(db(), actor, place, id))) error(404, 'Not found');
		return { target: 'plan:new', removed: true };
	},
	amenities: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		await saveAmenities(db(), actor, place, (await event.request.formData()).getAll('amenity').map(String));
		return { target: 'amenities', saved: true };
	},
	hours: async (event) => {
		const principal = await requirePermission(event, 'update:place_community', () => workspaceScope(event));
		const { place, actor } = await target(event, principal.userId);
		const hours = readHoursSubmission(await event.request.formData());
		// "add a row" without JavaScript: the form comes back with one more row, nothing saved
		if (hours.kind === 'edit') return { target: 'hours', hoursState: hours.state };
		if (hours.kind === 'invalid') return fail(400, { target: 'hours', hoursState: hours.state, hoursErrors: hours.errors, near: hours.near });
		return { target: 'hours', saved: (await saveHours(db(), actor, place, hours.value)) === 'saved' };
	},
	reply: async (event) => {
		const principal = await requirePermission(event, 'update:visit_request', () => workspaceScope(event));
		const { organisation, place, actor } = await target(event, principal.userId);
		const form = await event.request.formData();
		const id = idOf(form);
		const body = String(form.get('body') ?? '').trim().slice(0, 4000);
		const key = `visit:${id}`;
		if (!body) return fail(400, { target: key, values: { body }, errors: { body: 'required' } });
		if (!id) error(404, 'Not found');
		const result = await replyToVisit(db(), { actorUserId: actor.userId, organisationId: organisation.id, place, hostName: organisation.name, visitId: id, body });
		if (!result.ok) error(404, 'Not found');
		return { target: key, replied: true };
	},
	status: async (event) => {
		const principal = await requirePermission(event, 'update:visit_request', () => workspaceScope(event));
		const { place } = await target(event, principal.userId);
		const form = await event.request.formData();
		const id = idOf(form);
		const status = String(form.get('status') ?? '');
		if (!id || (status !== 'new' && status !== 'answered' && status !== 'closed')) error(400, 'Bad request');
		if (!(await changeVisitStatus(db(), { actorUserId: principal.userId, placeId: place.id, visitId: id, status }))) error(404, 'Not found');
		return { target: `visit:${id}`, saved: true };
	}
};
