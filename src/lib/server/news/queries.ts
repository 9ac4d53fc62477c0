import { localized } from '$lib/domain/localized';
import type { NewsCard, NewsView } from '$lib/contracts/programme';
import type { Db } from '../db/types';
import { pageWindow, type PageWindow } from '../geography/paging';
import { findProjectBySlug } from '../projects/projects-repository';
import { findWorkspaceOrganisation } from '../workspace/organisations-lookup';
import { countNews, findNewsBySlug, listNews, type NewsFilter, type NewsListRow } from './news-repository';

export const NEWS_PER_PAGE = 20;

export function toNewsCard(r: NewsListRow, locale: string): NewsCard {
	return {
		slug: r.slug,
		title: r.title,
		lang: r.lang,
		summary: r.summary,
		publishedAt: (r.publishedAt ?? r.updatedAt).toISOString(),
		organisation: r.organisation,
		project: r.project?.published ? { slug: r.project.slug, title: localized(r.project.title, locale) } : null,
		isDemo: r.isDemo
	};
}

export type NewsScope = { organisation: string | null; project: string | null };

/** The filter a scope names (published posts only), with the names for headings; null when a slug names nothing. */
export async function resolveNewsScope(
	db: Db,
	scope: NewsScope,
	locale: string
): Promise<{ filter: NewsFilter; organisation: { slug: string; name: string } | null; project: { slug: string; title: string } | null } | null> {
	const filter: NewsFilter = { publishedOnly: true };
	let organisation = null;
	let project = null;
	if (scope.organisation) {
		const org = await findWorkspaceOrganisation(db, scope.organisation);
		if (!org || org.status !== 'published') return null;
		filter.organisationId = org.id;
		organisation = { slug: org.slug, name: org.name };
	}
	if (scope.project) {
		const p = await findProjectBySlug(db, scope.project, true);
		if (!p) return null;
		filter.projectId = p.id;
		project = { slug: p.slug, title: localized(p.title, locale) };
	}
	return { filter, organisation, project };
}

export async function newsDirectory(
	db: Db,
	q: NewsScope & { page: number },
	locale: string
): Promise<{ items: NewsCard[]; window: PageWindow; organisation: { slug: string; name: string } | null; project: { slug: string; title: string } | null } | null> {
	const scope = await resolveNewsScope(db, q, locale);
	if (!scope) return null;
	const window = pageWindow(await countNews(db, scope.filter), q.page, NEWS_PER_PAGE);
	const rows = await listNews(db, scope.filter, window.perPage, window.offset);
	return { items: rows.map((r) => toNewsCard(r, locale)), window, organisation: scope.organisation, project: scope.project };
}

export async function newsPost(db: Db, slug: string, locale: string): Promise<NewsView | null> {
	const row = await findNewsBySlug(db, slug, true);
	if (!row) return null;
	return { ...toNewsCard(row, locale), bodyHtml: row.bodyHtml, updatedAt: row.updatedAt.toISOString() };
}

/** The latest posts of a project or organisation (its page shows a few). */
export async function latestNews(db: Db, filter: Omit<NewsFilter, 'publishedOnly'>, locale: string, limit: number): Promise<{ items: NewsCard[]; total: number }> {
	const f = { ...filter, publishedOnly: true };
	const [rows, total] = await Promise.all([listNews(db, f, limit), countNews(db, f)]);
	return { items: rows.map((r) => toNewsCard(r, locale)), total };
}
