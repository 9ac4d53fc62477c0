import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { interviewSchema } from '$lib/forms/insight';
import { workspaceScope } from '$lib/server/workspace/access';
import { insightContext } from '$lib/server/insight/access';
import { interviewsPage } from '$lib/server/insight/interview-queries';
import { createInterview } from '$lib/server/insight/interviews-flow';
import { municipalityOptions } from '$lib/server/insight/options';

/** The organisation's needs-analysis interviews, and a new one (typed, pasted or uploaded as DOCX/PDF). */
export const load: PageServerLoad = async (event) => {
	const ctx = await insightContext(event);
	return { ...(await interviewsPage(db(), ctx.organisation.id)), municipalities: await municipalityOptions(db(), ctx.locale), canCreate: ctx.can('create:interview') };
};

export const actions: Actions = {
	create: async (event) => {
		const principal = await requirePermission(event, 'create:interview', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(interviewSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const file = form.get('file');
		const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
		const { organisationId } = await workspaceScope(event);
		const { reference, respondentType, municipality, heldOn, consent, text } = parsed.data;
		const result = await createInterview(db(), { organisationId, actorUserId: principal.userId, fields: { reference, respondentType, municipalityId: municipality ?? null, heldOn, consent }, text, upload });
		if (!result.ok) return fail(400, { values: typedValues(form), errors: result.errors });
		redirect(303, `/${event.params.lang}/organizacijas/${event.params.slug}/darbs/intervijas/${result.id}`);
	}
};
