import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { codeSchema, codingRefSchema, codingSchema, interviewSchema } from '$lib/forms/insight';
import { workspaceScope } from '$lib/server/workspace/access';
import { insightContext } from '$lib/server/insight/access';
import { interviewPage } from '$lib/server/insight/interview-queries';
import { codePassages, editInterview, removeInterview, uncodePassage } from '$lib/server/insight/interviews-flow';
import { addCode } from '$lib/server/insight/codes-flow';
import { municipalityOptions } from '$lib/server/insight/options';

/** One interview: its text to read and code (sentences or a selection), the codings, coders' agreement. */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	const page = await interviewPage(db(), ctx.organisation.id, event.params.id, ctx.principal.userId);
	if (!page) error(404, 'Not found');
	return {
		...page,
		municipalities: await municipalityOptions(db(), ctx.locale),
		canCode: ctx.can('code:interview'),
		canEdit: ctx.can('update:interview'),
		canDelete: ctx.can('delete:interview'),
		canAddCode: ctx.can('create:need_code')
	};
};

export const actions: Actions = {
	code: async (event) => {
		const principal = await requirePermission(event, 'code:interview', () => workspaceScope(event));
		const parsed = parseWith(codingSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { coding: { errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await codePassages(db(), { organisationId, interviewId: event.params.id, coderId: principal.userId, codeIds: parsed.data.codes, sentences: parsed.data.sentence, start: parsed.data.start, end: parsed.data.end });
		if (!result.ok) return fail(400, { coding: { errors: result.errors } });
		return { message: m.insight_coded({ count: result.added }) };
	},
	uncode: async (event) => {
		await requirePermission(event, 'code:interview', () => workspaceScope(event));
		const parsed = parseWith(codingRefSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(404, { error: m.workspace_not_found() });
		const { organisationId } = await workspaceScope(event);
		const ok = await uncodePassage(db(), { organisationId, interviewId: event.params.id, codingId: parsed.data.coding });
		return ok ? { message: m.insight_uncoded() } : fail(404, { error: m.workspace_not_found() });
	},
	addCode: async (event) => {
		await requirePermission(event, 'create:need_code', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(codeSchema, formValues(form));
		if (!parsed.ok) return fail(400, { newCode: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await addCode(db(), organisationId, parsed.data);
		if (!result.ok) return fail(400, { newCode: { values: typedValues(form), errors: result.errors } });
		return { message: m.insight_code_added({ name: parsed.data.name }) };
	},
	edit: async (event) => {
		await requirePermission(event, 'update:interview', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(interviewSchema, formValues(form));
		if (!parsed.ok) return fail(400, { edit: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const { reference, respondentType, municipality, heldOn, consent, text } = parsed.data;
		const result = await editInterview(db(), { organisationId, interviewId: event.params.id, fields: { reference, respondentType, municipalityId: municipality ?? null, heldOn, consent }, text: form.has('text') ? (text ?? '') : undefined });
		if (!result.ok) return fail(400, { edit: { values: typedValues(form), errors: result.errors } });
		return { message: m.account_saved() };
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:interview', () => workspaceScope(event));
		const { organisationId } = await workspaceScope(event);
		const ok = await removeInterview(db(), { organisationId, interviewId: event.params.id, actorUserId: principal.userId });
		if (!ok) return fail(404, { error: m.workspace_not_found() });
		redirect(303, `/${event.params.lang}/organizacijas/${event.params.slug}/darbs/intervijas`);
	}
};
