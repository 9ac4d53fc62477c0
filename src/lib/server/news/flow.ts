/**
 * Writing news in the workspace. The body is rendered and sanitized on save (markup.ts), so what
 * is stored is what every page, feed and API answer shows. A picture added with the form (no
 * JavaScript) is stored in the same transaction and its markup appended to the body.
 */
import type { NewsInput } from '$lib/forms/news';
import { recordAudit, recordContentSave } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { saveImage, type PreparedImage } from '../images/flow';
import { freshSlug } from '../programme/slugs';
import { findProject } from '../projects/projects-repository';
import { imageMarkup, renderNewsMarkup, summaryOf } from './markup';
import { deleteNewsRow, findNews, insertNews, takenNewsSlugs, updateNewsRow } from './news-repository';

export type SaveNewsResult = { ok: true; id: string; slug: string; status: 'draft' | 'published' } | { ok: false; reason: 'not_found' | 'invalid_project' };

export async function saveNews(
	db: Db,
	input: { actorUserId: string; organisationId: string; newsId: string | null; data: NewsInput; image: PreparedImage | null },
	now = new Date()
): Promise<SaveNewsResult> {
	return db.transaction(async (tx) => {
		const existing = input.newsId ? await findNews(tx, input.newsId) : null;
		if (input.newsId && (!existing || existing.organisationId !== input.organisationId)) return { ok: false, reason: 'not_found' } as const;
		if (input.data.project) {
			const project = await findProject(tx, input.data.project);
			if (!project || project.organisationId !== input.organisationId) return { ok: false, reason: 'invalid_project' } as const;
		}
		let bodySource = input.data.body;
		if (input.image) {
			const { id } = await saveImage(tx, input.image, { ownerUserId: input.actorUserId, organisationId: input.organisationId });
			bodySource = `${bodySource.trimEnd()}\n\n${imageMarkup(id, input.image.alt)}\n`;
		}
		const bodyHtml = renderNewsMarkup(bodySource);
		const values = {
			organisationId: input.organisationId,
			projectId: input.data.project ?? null,
			lang: input.data.lang,
			title: input.data.title,
			summary: input.data.summary ?? summaryOf(bodyHtml),
			bodySource,
			bodyHtml,
			status: input.data.status
		};
		let id: string;
		let slug: string;
		if (existing) {
			({ id, slug } = existing);
			await updateNewsRow(tx, id, values, now);
		} else {
			slug = await freshSlug(input.data.title, 'zina', (base) => takenNewsSlugs(tx, base));
			id = await insertNews(tx, { ...values, slug, authorUserId: input.actorUserId, now });
		}
		await recordContentSave(tx, 'news', { created: !existing, actorUserId: input.actorUserId, id, slug, status: values.status, organisationId: input.organisationId });
		return { ok: true, id, slug, status: values.status } as const;
	});
}

/** A picture uploaded from the editor's toolbar (with JavaScript): stored now, its markup inserted at the cursor. */
export async function storeNewsImage(db: Db, input: { actorUserId: string; organisationId: string; image: PreparedImage }): Promise<{ id: string; markup: string }> {
	return db.transaction(async (tx) => {
		const { id } = await saveImage(tx, input.image, { ownerUserId: input.actorUserId, organisationId: input.organisationId });
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'news.image_upload', entityType: 'image', entityId: id, details: { organisationId: input.organisationId } });
		return { id, markup: imageMarkup(id, input.image.alt) };
	});
}

export async function deleteNews(db: Db, input: { actorUserId: string; organisationId: string; newsId: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const existing = await findNews(tx, input.newsId);
		if (!existing || existing.organisationId !== input.organisationId) return false;
		await deleteNewsRow(tx, existing.id);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'news.delete', entityType: 'news', entityId: existing.id, details: { slug: existing.slug } });
		return true;
	});
}

/** Preview in the editor: the same rendering as on save, nothing stored. */
export function previewNews(source: string): string {
	return renderNewsMarkup(source);
}
