import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { isUuid } from '$lib/domain/ids';
import { checkOpeningHours } from '$lib/domain/opening-hours';
import { compactText, lineSchema } from '$lib/server/communities/forms';
import { removeLine, saveLine } from '$lib/server/communities/lines-flow';
import { linesPage } from '$lib/server/communities/lines-queries';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

/** The organisation's consultation lines (like the HERE project's regional lines): add, change, remove. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const scope = { organisationId: organisation.id };
	return {
		...(await linesPage(db(), organisation.id, event.params.lang)),
		canCreate: can(principal, 'create:consultation_line', scope),
		canUpdate: can(principal, 'update:consultation_line', scope),
		canDelete: can(principal, 'delete:consultation_line', scope)
	};
};

const idOf = (form: FormData) => {
	const id = String(form.get('id') ?? '');
	return isUuid(id) ? id : null;
};

/** Parses a line form; the hours are an OpenStreetMap opening_hours value checked by the shared rules. */
function parseLine(form: FormData) {
	const parsed = parseWith(lineSchema, formValues(form));
	const hoursText = String(form.get('openingHours') ?? '').trim();
	const hours = hoursText ? checkOpeningHours(hoursText) : ({ ok: true, value: '' } as const);
	const errors = { ...(parsed.ok ? {} : parsed.errors), ...(hours.ok ? {} : { openingHours: 'invalid_hours' }) };
	if (!parsed.ok || !hours.ok) return { ok: false as const, errors };
	const l = parsed.data;
	return {
		ok: true as const,
		input: { title: compactText(l.title), phone: l.phone, email: l.email ?? null, openingHours: hours.value, regionId: l.regionId, municipalityIds: l.municipalityIds, languages: l.languages, placeId: l.placeId, position: l.position, active: l.active }
	};
}

export const actions: Actions = {
	create: async (event) => {
		const principal = await requirePermission(event, 'create:consultation_line', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const parsed = parseLine(form);
		if (!parsed.ok) return fail(400, { target: 'line:new', values: typedValues(form), errors: parsed.errors });
		const result = await saveLine(db(), { userId: principal.userId, organisationId: organisation.id }, parsed.input, null);
		if (!result.ok) return fail(400, { target: 'line:new', values: typedValues(form), errors: result.errors });
		return { target: 'line:new', saved: true };
	},
	update: async (event) => {
		const principal = await requirePermission(event, 'update:consultation_line', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const id = idOf(form);
		if (!id) error(404, 'Not found');
		const parsed = parseLine(form);
		if (!parsed.ok) return fail(400, { target: `line:${id}`, values: typedValues(form), errors: parsed.errors });
		const result = await saveLine(db(), { userId: principal.userId, organisationId: organisation.id }, parsed.input, id);
		if (!result.ok) return fail(400, { target: `line:${id}`, values: typedValues(form), errors: result.errors });
		return { target: `line:${id}`, saved: true };
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:consultation_line', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const id = idOf(await event.request.formData());
		if (!id || !(await removeLine(db(), { userId: principal.userId, organisationId: organisation.id }, id))) error(404, 'Not found');
		return { target: 'line:new', removed: true };
	}
};
