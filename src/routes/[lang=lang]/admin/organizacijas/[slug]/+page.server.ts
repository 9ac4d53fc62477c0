import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isLocale } from '$lib/i18n/locales';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { coverageSchema, inviteSchema, memberRefSchema, staffChangeSchema } from '$lib/forms/workspace';
import { workspaceScope } from '$lib/server/workspace/access';
import { teamPage } from '$lib/server/workspace/team-queries';
import { addStaff, changeStaff } from '$lib/server/workspace/team-flow';
import { organisationCoverage, setOrganisationCoverage } from '$lib/server/admin/flows';
import { localized } from '$lib/domain/localized';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'update:organisation');
	const found = await organisationCoverage(event.params.slug);
	if (!found) error(404, 'Not found');
	const lang = event.params.lang;
	const regions = found.choices.filter((c) => c.kind === 'planning_region');
	return {
		org: { slug: found.org.slug, name: found.org.name, territoryIds: found.org.territoryIds },
		// the organisation's workspace staff (decision 006)
		team: await teamPage(db(), found.org.id, new Date()),
		groups: regions.map((r) => ({
			id: r.id,
			name: localized(r.name, lang),
			municipalities: found.choices.filter((c) => c.kind === 'municipality' && c.parentId === r.id).map((c) => ({ id: c.id, name: localized(c.name, lang) }))
		}))
	};
};

export const actions: Actions = {
	coverage: async (event) => {
		const admin = await requirePermission(event, 'update:organisation');
		// never refuses: what is not a territory id is left out
		const { territory } = coverageSchema.parse(formValues(await event.request.formData()));
		const ok = await setOrganisationCoverage(admin.userId, event.params.slug, territory);
		if (!ok) error(404, 'Not found');
		return { message: m.account_saved() };
	},
	addStaff: async (event) => {
		const admin = await requirePermission(event, 'create:membership', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(inviteSchema, formValues(form));
		if (!parsed.ok) return fail(400, { staff: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
		const result = await addStaff(db(), { actorUserId: admin.userId, organisationId, ...parsed.data, locale });
		if (!result.ok) return fail(400, { staff: { values: typedValues(form), errors: { email: 'invalid_email' } } });
		return { message: result.outcome === 'invited' ? m.workspace_invited({ email: parsed.data.email }) : m.workspace_staff_added({ email: parsed.data.email }) };
	},
	changeStaff: async (event) => {
		const admin = await requirePermission(event, 'update:membership', () => workspaceScope(event));
		const parsed = parseWith(staffChangeSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.form_error_invalid() });
		const { organisationId } = await workspaceScope(event);
		const result = await changeStaff(db(), { actorUserId: admin.userId, organisationId, memberId: parsed.data.member, role: parsed.data.role });
		return result.ok ? { message: m.account_saved() } : fail(400, { error: result.reason === 'last_coordinator' ? m.workspace_last_coordinator() : m.workspace_not_found() });
	},
	removeStaff: async (event) => {
		const admin = await requirePermission(event, 'delete:membership', () => workspaceScope(event));
		const parsed = parseWith(memberRefSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(404, { error: m.workspace_not_found() });
		const { organisationId } = await workspaceScope(event);
		const result = await changeStaff(db(), { actorUserId: admin.userId, organisationId, memberId: parsed.data.member, role: null });
		return result.ok ? { message: m.workspace_member_removed() } : fail(400, { error: result.reason === 'last_coordinator' ? m.workspace_last_coordinator() : m.workspace_not_found() });
	}
};
