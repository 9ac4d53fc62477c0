import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { listProjectsForWorkspace } from '../projects/projects-repository';
import { findNews } from './news-repository';

/** The organisation's projects a post can be about. */
export async function newsFormChoices(db: Db, organisationId: string, locale: string) {
	const projects = await listProjectsForWorkspace(db, organisationId);
	return { projects: projects.map((p) => ({ id: p.id, title: localized(p.title, locale) })) };
}

/** An existing post as the field values the form shows. */
export async function newsFormValues(db: Db, newsId: string, organisationId: string) {
	const n = await findNews(db, newsId);
	if (!n || n.organisationId !== organisationId) return null;
	return {
		values: { title: n.title, lang: n.lang, project: n.projectId ?? '', summary: n.summary, body: n.bodySource, status: n.status === 'published' ? 'published' : 'draft' },
		slug: n.slug,
		status: n.status
	};
}
