/** The project form's submit, shared by "new project" and "edit project" (the routes authorize first). */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { typedValues } from '$lib/forms/parse';
import { projectSchema } from '$lib/forms/project';
import { db } from '../db/bootstrap';
import { readFormWithUpload, tooLargeMessage } from '../images/upload';
import { readSubmission } from '../programme/form-submit';
import { workspacePath } from '../workspace/sections';
import { withOneMoreRow } from './form-data';
import { saveProject } from './flow';

export async function submitProject(event: Pick<RequestEvent, 'request' | 'params'>, who: { userId: string; organisationId: string; organisationSlug: string; projectId: string | null }) {
	const read = await readSubmission(event.request, projectSchema, { file: 'logo', alt: 'logoAlt' });
	if (!read.ok) return read.failure;
	const result = await saveProject(db(), {
		actorUserId: who.userId,
		organisationId: who.organisationId,
		projectId: who.projectId,
		data: read.data,
		logo: read.image,
		removeLogoIds: read.data.removeLogo
	});
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { values: read.values, errors: result.reason === 'invalid' ? result.errors : {}, imageError: undefined });
	redirect(303, `${workspacePath(event.params.lang ?? 'lv', who.organisationSlug, 'projekti')}/${result.id}?saglabats=1`);
}

/** "Add a row" without JavaScript: nothing is saved, the form comes back with what was typed. */
export async function moreProjectRows(event: Pick<RequestEvent, 'request'>) {
	const form = await readFormWithUpload(event.request);
	if (!form) return fail(413, { values: {}, errors: {}, imageError: tooLargeMessage() });
	return { values: withOneMoreRow(typedValues(form), String(form.get('_add') ?? '')), errors: {}, imageError: undefined, added: true };
}
