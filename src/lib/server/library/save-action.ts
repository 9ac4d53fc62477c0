/** The library item form's submit, shared by "new" and "edit" (the routes authorize first). */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { localized } from '$lib/domain/localized';
import { libraryItemSchema } from '$lib/forms/library';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { db } from '../db/bootstrap';
import { readFormWithUpload } from '../images/upload';
import { workspacePath } from '../workspace/sections';
import { saveLibraryItem } from './flow';
import { chaptersText } from '$lib/library/chapters';
import { fileInfo } from './files-repository';
import { findLibraryItem, listTopics, topicIdsOf } from './items-repository';
import { linkChoices } from './links-repository';

/** What the form offers: the shared topics and the organisation's own projects and events. */
export async function libraryFormChoices(organisationId: string, locale: string) {
	const [topics, links] = await Promise.all([listTopics(db()), linkChoices(db(), organisationId)]);
	const named = (rows: { id: string | number; title?: Parameters<typeof localized>[0]; name?: Parameters<typeof localized>[0] }[]) =>
		rows.map((r) => ({ value: String(r.id), label: localized((r.title ?? r.name)!, locale) }));
	return { topics: named(topics), projects: named(links.projects), events: named(links.events) };
}

export async function submitLibraryItem(event: Pick<RequestEvent, 'request' | 'params'>, who: { userId: string; organisationId: string; organisationSlug: string; itemId: string | null }) {
	const form = await readFormWithUpload(event.request);
	if (!form) return fail(413, { values: {}, errors: { file: 'file_too_large' } });
	const values = typedValues(form);
	const parsed = parseWith(libraryItemSchema, formValues(form));
	if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
	const upload = form.get('file');
	const file = upload instanceof File && upload.size > 0 ? { fileName: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
	const result = await saveLibraryItem(db(), { actorUserId: who.userId, organisationId: who.organisationId, itemId: who.itemId, data: parsed.data, file });
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { values, errors: result.reason === 'invalid' ? result.errors : {} });
	redirect(303, `${workspacePath(event.params.lang ?? 'lv', who.organisationSlug, 'biblioteka')}/${result.id}?saglabats=1`);
}

/** An item of this organisation as the edit form's values, or null (not found, or another organisation's). */
export async function libraryFormValues(itemId: string, organisationId: string): Promise<{ values: Record<string, string | string[]>; slug: string; status: string; hasFile: boolean } | null> {
	const item = await findLibraryItem(db(), itemId);
	if (!item || item.organisationId !== organisationId) return null;
	const texts = (field: 'title' | 'summary') => Object.fromEntries(Object.entries(item[field]).map(([lang, text]) => [`${field}.${lang}`, text ?? '']));
	return {
		slug: item.slug,
		status: item.status,
		hasFile: (await fileInfo(db(), item.id)) !== null,
		values: {
			kind: item.kind,
			...texts('title'),
			...texts('summary'),
			language: item.language,
			author: item.author ?? '',
			url: item.url ?? '',
			durationMinutes: item.durationMinutes ? String(item.durationMinutes) : '',
			pages: item.pages ? String(item.pages) : '',
			topics: (await topicIdsOf(db(), item.id)).map(String),
			projectId: item.projectId ?? '',
			eventId: item.eventId ?? '',
			chapters: chaptersText(item.chapters),
			transcript: item.transcript ?? '',
			status: item.status
		}
	};
}
