import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { codeSchema, codeUpdateSchema, mergeCodeSchema } from '$lib/forms/insight';
import { workspaceScope } from '$lib/server/workspace/access';
import { insightContext } from '$lib/server/insight/access';
import { codesPage } from '$lib/server/insight/interview-queries';
import { addCode, changeCode, mergeCode } from '$lib/server/insight/codes-flow';

/** The organisation's needs taxonomy: hierarchical codes, each with its use and the coders' agreement on it. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	return { ...(await codesPage(db(), ctx.organisation.id)), canAdd: ctx.can('create:need_code'), canChange: ctx.can('update:need_code'), canMerge: ctx.can('merge:need_code') };
};

export const actions: Actions = {
	add: async (event) => {
		await requirePermission(event, 'create:need_code', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(codeSchema, formValues(form));
		if (!parsed.ok) return fail(400, { add: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await addCode(db(), organisationId, parsed.data);
		if (!result.ok) return fail(400, { add: { values: typedValues(form), errors: result.errors } });
		return { message: m.insight_code_added({ name: parsed.data.name }) };
	},
	change: async (event) => {
		await requirePermission(event, 'update:need_code', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(codeUpdateSchema, formValues(form));
		if (!parsed.ok) return fail(400, { change: { code: String(form.get('code') ?? ''), values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await changeCode(db(), organisationId, parsed.data);
		if (!result.ok) return fail(400, { change: { code: parsed.data.code, values: typedValues(form), errors: result.errors } });
		return { message: m.account_saved() };
	},
	merge: async (event) => {
		const principal = await requirePermission(event, 'merge:need_code', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(mergeCodeSchema, formValues(form));
		if (!parsed.ok) return fail(400, { merge: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await mergeCode(db(), organisationId, { ...parsed.data, actorUserId: principal.userId });
		if (!result.ok) return fail(400, { merge: { values: typedValues(form), errors: result.errors } });
		return { message: m.insight_codes_merged({ count: result.moved }) };
	}
};
