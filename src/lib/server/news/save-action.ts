/** The news form's submit, shared by "new post" and "edit post" (the routes authorize first). */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { newsSchema } from '$lib/forms/news';
import { db } from '../db/bootstrap';
import { preparedUpload, readFormWithUpload, tooLargeMessage } from '../images/upload';
import { workspacePath } from '../workspace/sections';
import { saveNews } from './flow';

export async function submitNews(event: Pick<RequestEvent, 'request' | 'params'>, who: { userId: string; organisationId: string; organisationSlug: string; newsId: string | null }) {
	const form = await readFormWithUpload(event.request);
	if (!form) return fail(413, { values: {}, errors: {}, imageError: tooLargeMessage() });
	const values = typedValues(form);
	const parsed = parseWith(newsSchema, formValues(form));
	const upload = await preparedUpload(form.get('image'), parsed.ok ? parsed.data.imageAlt : String(form.get('imageAlt') ?? ''));
	const imageError = 'error' in upload ? upload.error : undefined;
	if (!parsed.ok || imageError) return fail(400, { values, errors: parsed.ok ? {} : parsed.errors, imageError });
	const result = await saveNews(db(), {
		actorUserId: who.userId,
		organisationId: who.organisationId,
		newsId: who.newsId,
		data: parsed.data,
		image: 'image' in upload ? upload.image : null
	});
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { values, errors: { project: 'invalid' }, imageError: undefined });
	redirect(303, `${workspacePath(event.params.lang ?? 'lv', who.organisationSlug, 'zinas')}/${result.id}?saglabats=1`);
}
