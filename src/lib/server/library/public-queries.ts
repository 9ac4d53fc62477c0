/**
 * The public library: published items with filters (topic, material language, kind), newest first,
 * and one item's page data. Drafts are never listed or shown here.
 */
import { and, count, desc, eq, exists, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { localized, localizedLang } from '$lib/domain/localized';
import { LIBRARY_KINDS, type LibraryKind } from '$lib/forms/library';
import type { LibraryCard, LibraryItemPage } from '$lib/library/types';
import { parseVideoLink } from '$lib/library/video';
import { events, libraryFiles, libraryItems, libraryItemTopics, libraryTopics, organisations, projects } from '../db/schema';
import type { Db } from '../db/types';
import { pageWindow, type PageWindow } from '../geography/paging';
import { fileInfo } from './files-repository';
import { findLibraryItemBySlug, listTopics, topicIdsOf } from './items-repository';

export const LIBRARY_PER_PAGE = 24;

export type LibraryQuery = { topic: string | null; language: string | null; kind: string | null; page: number };

const isKind = (v: string | null): v is LibraryKind => v !== null && (LIBRARY_KINDS as readonly string[]).includes(v);

/** The filter as SQL; a topic slug that names nothing selects nothing (not everything). */
export async function publishedLibraryWhere(db: Db, q: LibraryQuery): Promise<SQL | undefined> {
	const parts: (SQL | undefined)[] = [eq(libraryItems.status, 'published')];
	if (q.topic) {
		const [topic] = await db.select({ id: libraryTopics.id }).from(libraryTopics).where(eq(libraryTopics.slug, q.topic));
		const topicId = topic?.id ?? -1;
		parts.push(exists(db.select({ one: sql`1` }).from(libraryItemTopics).where(and(eq(libraryItemTopics.itemId, libraryItems.id), eq(libraryItemTopics.topicId, topicId)))));
	}
	if (q.language && /^[a-z]{2}$/.test(q.language)) parts.push(eq(libraryItems.language, q.language));
	if (q.kind) parts.push(isKind(q.kind) ? eq(libraryItems.kind, q.kind) : sql`false`);
	return and(...parts);
}

export async function libraryDirectory(db: Db, q: LibraryQuery, locale: string) {
	const where = await publishedLibraryWhere(db, q);
	const [{ n }] = await db.select({ n: count() }).from(libraryItems).where(where);
	const window: PageWindow = pageWindow(Number(n), q.page, LIBRARY_PER_PAGE);
	const rows = await db
		.select({
			slug: libraryItems.slug,
			kind: libraryItems.kind,
			title: libraryItems.title,
			summary: libraryItems.summary,
			language: libraryItems.language,
			durationMinutes: libraryItems.durationMinutes,
			pages: libraryItems.pages,
			isDemo: libraryItems.isDemo,
			organisation: organisations.name,
			hasCover: sql<boolean>`${libraryFiles.thumbnail} IS NOT NULL`
		})
		.from(libraryItems)
		.innerJoin(organisations, eq(organisations.id, libraryItems.organisationId))
		.leftJoin(libraryFiles, eq(libraryFiles.itemId, libraryItems.id))
		.where(where)
		.orderBy(desc(libraryItems.publishedAt), libraryItems.sortKey, libraryItems.id)
		.limit(window.perPage)
		.offset(window.offset);
	const [topics, languages] = await Promise.all([listTopics(db), publishedLanguages(db)]);
	return {
		items: rows.map((r): LibraryCard => ({ ...r, title: localized(r.title, locale), summary: localized(r.summary, locale), hasCover: Boolean(r.hasCover) })),
		window,
		filter: { topic: q.topic ?? '', language: q.language ?? '', kind: isKind(q.kind) ? q.kind : '' },
		options: { topics: topics.map((t) => ({ slug: t.slug, name: localized(t.name, locale) })), languages, kinds: LIBRARY_KINDS }
	};
}

async function publishedLanguages(db: Db): Promise<string[]> {
	const rows = await db.selectDistinct({ language: libraryItems.language }).from(libraryItems).where(eq(libraryItems.status, 'published'));
	return rows.map((r) => r.language).sort();
}


/** A published item's page, or null (a draft is not found). */
export async function libraryItemPage(db: Db, slug: string, locale: string): Promise<LibraryItemPage | null> {
	const row = await findLibraryItemBySlug(db, slug, true);
	if (!row) return null;
	const topicIds = await topicIdsOf(db, row.id);
	const [topics, [organisation], [project], [event], file] = await Promise.all([
		topicIds.length ? db.select({ slug: libraryTopics.slug, name: libraryTopics.name }).from(libraryTopics).where(inArray(libraryTopics.id, topicIds)).orderBy(libraryTopics.position) : [],
		db.select({ slug: organisations.slug, name: organisations.name }).from(organisations).where(eq(organisations.id, row.organisationId)),
		row.projectId ? db.select({ slug: projects.slug, title: projects.title }).from(projects).where(and(eq(projects.id, row.projectId), eq(projects.status, 'published'))) : [],
		row.eventId ? db.select({ slug: events.slug, title: events.title }).from(events).where(and(eq(events.id, row.eventId), ne(events.status, 'draft'))) : [],
		fileInfo(db, row.id)
	]);
	return {
		id: row.id,
		organisationId: row.organisationId,
		slug: row.slug,
		kind: row.kind,
		title: localized(row.title, locale),
		summary: localized(row.summary, locale),
		language: row.language,
		author: row.author,
		url: row.url,
		video: row.url ? parseVideoLink(row.url) : null,
		durationMinutes: row.durationMinutes,
		pages: row.pages,
		transcript: row.transcript,
		chapters: row.chapters ?? [],
		isDemo: row.isDemo,
		publishedAt: row.publishedAt?.toISOString() ?? null,
		topics: topics.map((t) => ({ slug: t.slug, name: localized(t.name, locale) })),
		organisation: organisation ?? { slug: '', name: '' },
		project: project ? { slug: project.slug, title: localized(project.title, locale) } : null,
		event: event ? { slug: event.slug, title: localized(event.title, locale) } : null,
		file
	};
}

export type LinkedMaterial = { slug: string; title: string; lang: string; kind: LibraryKind };

/** A project's or an event's published materials (its page lists them), newest first. */
export async function materialsOf(db: Db, link: { projectId: string } | { eventId: string }, locale: string, limit = 50): Promise<LinkedMaterial[]> {
	const rows = await db
		.select({ slug: libraryItems.slug, title: libraryItems.title, kind: libraryItems.kind })
		.from(libraryItems)
		.where(and(eq(libraryItems.status, 'published'), 'projectId' in link ? eq(libraryItems.projectId, link.projectId) : eq(libraryItems.eventId, link.eventId)))
		.orderBy(desc(libraryItems.publishedAt), libraryItems.sortKey, libraryItems.id)
		.limit(limit);
	// a title without the reader's language falls back to Latvian: the page marks its language
	return rows.map((r) => ({ slug: r.slug, kind: r.kind, title: localized(r.title, locale), lang: localizedLang(r.title, locale) }));
}
