/**
 * Adding, editing and removing a library item in its organisation's workspace. Each save is one
 * transaction: the item row, its topics, a new PDF (checked before the transaction by its bytes),
 * the job that draws the PDF's first page, the search reindex job and the audit entry — so nothing
 * half saved remains, and search shows what was committed.
 */
import { latvianSortKey } from '$lib/text/collation';
import type { FieldErrors } from '$lib/forms/parse';
import type { LibraryItemInput } from '$lib/forms/library';
import { parseChapters } from '$lib/library/chapters';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { searchPort } from '../search';
import { freshSlug } from '../programme/slugs';
import { toLocalizedText } from '../projects/domain';
import { sniffUpload, UPLOAD_MAX_BYTES } from '../insight/extract';
import { fileInfo, putLibraryFile } from './files-repository';
import { deleteLibraryItem, findLibraryItem, insertLibraryItem, replaceItemTopics, takenLibrarySlugs, updateLibraryItem, type LibraryItemValues } from './items-repository';
import { belongsToOrganisation } from './links-repository';

export const LIBRARY_THUMBNAIL_JOB = 'library.thumbnail';
export type LibraryThumbnailJob = { itemId: string; sha256: string };

export type UploadedFile = { fileName: string; bytes: Uint8Array };

export type SaveLibraryItemInput = {
	actorUserId: string;
	organisationId: string;
	/** null: a new item. */
	itemId: string | null;
	data: LibraryItemInput;
	file: UploadedFile | null;
};

export type SaveLibraryItemResult = { ok: true; id: string; slug: string } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: FieldErrors };

/** A handbook's file must be a PDF (by its bytes, not its name) of at most 10 MB. */
export function checkUpload(file: UploadedFile | null): 'file_type' | 'file_too_large' | null {
	if (!file) return null;
	if (file.bytes.length > UPLOAD_MAX_BYTES) return 'file_too_large';
	return sniffUpload(file.bytes) === 'pdf' ? null : 'file_type';
}

function valuesOf(d: LibraryItemInput, organisationId: string): LibraryItemValues {
	const chapters = d.chapters ? parseChapters(d.chapters) : null;
	return {
		organisationId,
		projectId: d.projectId ?? null,
		eventId: d.eventId ?? null,
		kind: d.kind,
		title: toLocalizedText(d.title)!,
		summary: toLocalizedText(d.summary)!,
		language: d.language,
		author: d.author ?? null,
		url: d.url ?? null,
		durationMinutes: d.durationMinutes ?? null,
		pages: d.pages ?? null,
		transcript: d.transcript ?? null,
		chapters: chapters?.ok && chapters.chapters.length ? chapters.chapters : null,
		status: d.status,
		sortKey: latvianSortKey(d.title.lv)
	};
}

export async function saveLibraryItem(db: Db, input: SaveLibraryItemInput, now = new Date()): Promise<SaveLibraryItemResult> {
	const fileError = checkUpload(input.file);
	if (fileError) return { ok: false, reason: 'invalid', errors: { file: fileError } };
	return db.transaction(async (tx) => {
		const existing = input.itemId ? await findLibraryItem(tx, input.itemId) : null;
		if (input.itemId && (!existing || existing.organisationId !== input.organisationId)) return { ok: false, reason: 'not_found' } as const;

		const errors: FieldErrors = {};
		// the project and event it came from must be this organisation's own
		if (input.data.projectId && !(await belongsToOrganisation(tx, 'project', input.data.projectId, input.organisationId))) errors.projectId = 'invalid';
		if (input.data.eventId && !(await belongsToOrganisation(tx, 'event', input.data.eventId, input.organisationId))) errors.eventId = 'invalid';
		// a handbook is its file: a new one needs the upload, an edited one may keep the file it has
		if (input.data.kind === 'handbook' && !input.file && !input.data.url && !(existing && (await fileInfo(tx, existing.id)))) errors.file = 'required';
		if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors } as const;

		const values = valuesOf(input.data, input.organisationId);
		let id: string;
		let slug: string;
		if (existing) {
			({ id, slug } = existing);
			await updateLibraryItem(tx, id, values, now);
		} else {
			slug = await freshSlug(input.data.title.lv, 'materials', (base) => takenLibrarySlugs(tx, base));
			id = await insertLibraryItem(tx, { ...values, slug, createdBy: input.actorUserId, now });
		}
		await replaceItemTopics(tx, id, [...new Set(input.data.topics)]);
		if (input.file) {
			await putLibraryFile(tx, id, { fileName: input.file.fileName, mediaType: 'application/pdf', bytes: input.file.bytes });
			const stored = (await fileInfo(tx, id))!;
			await enqueueJob(tx, LIBRARY_THUMBNAIL_JOB, { itemId: id, sha256: stored.sha256 } satisfies LibraryThumbnailJob);
		}
		await searchPort().queueReindex(tx, { libraryItemIds: [id] });
		await recordAudit(tx, {
			actorUserId: input.actorUserId,
			action: existing ? 'library.update' : 'library.create',
			entityType: 'library_item',
			entityId: id,
			details: { slug, kind: values.kind, status: values.status, organisationId: input.organisationId, file: input.file ? { name: input.file.fileName, bytes: input.file.bytes.length } : undefined }
		});
		return { ok: true, id, slug } as const;
	});
}

/** Removes an item with its file and counts (the audit keeps that it existed). */
export async function removeLibraryItem(db: Db, input: { actorUserId: string; organisationId: string; itemId: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const existing = await findLibraryItem(tx, input.itemId);
		if (!existing || existing.organisationId !== input.organisationId) return false;
		await deleteLibraryItem(tx, existing.id);
		await searchPort().queueReindex(tx, { libraryItemIds: [existing.id] });
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'library.delete', entityType: 'library_item', entityId: existing.id, details: { slug: existing.slug } });
		return true;
	});
}
