/** The news form's submit, shared by "new post" and "edit post" (the routes authorize first). */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { newsSchema } from '$lib/forms/news';
import { db } from '../db/bootstrap';
import { readSubmission } from '../programme/form-submit';
import { workspacePath } from '../workspace/sections';
import { saveNews } from './flow';

export async function submitNews(event: Pick<RequestEvent, 'request' | 'params'>, who: { userId: string; organisationId: string; organisationSlug: string; newsId: string | null }) {
	const read = await readSubmission(event.request, newsSchema, { file: 'image', alt: 'imageAlt' });
	if (!read.ok) return read.failure;
	const result = await saveNews(db(), { actorUserId: who.userId, organisationId: who.organisationId, newsId: who.newsId, data: read.data, image: read.image });
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { values: read.values, errors: { project: 'invalid' }, imageError: undefined });
	redirect(303, `${workspacePath(event.params.lang ?? 'lv', who.organisationSlug, 'zinas')}/${result.id}?saglabats=1`);
}
