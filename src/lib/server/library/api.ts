/** The library API's answers (api-schemas.ts): published items only, in the requested language. */
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { libraryItems, libraryItemTopics, libraryTopics, organisations, projects } from '../db/schema';
import type { Db } from '../db/types';
import type { ApiPage, Checked } from '../api/queries';
import { present } from '../api/present';
import { pageUrls } from '../api/urls';
import type { LibraryItemDetailBody, LibraryItemSummaryBody, LibraryListParams } from './api-schemas';
import { libraryItemColumns } from './items-repository';
import { libraryItemPage, publishedLibraryWhere } from './public-queries';

type Ctx = { origin: string; lang: Locale };

/** A list needs no transcript or chapters (a transcript may be long): these of the item's columns. */
const LIST_COLUMNS = ['id', 'slug', 'kind', 'title', 'summary', 'language', 'author', 'url', 'durationMinutes', 'pages', 'isDemo', 'publishedAt'] as const;
const columns = {
	...(Object.fromEntries(LIST_COLUMNS.map((k) => [k, libraryItemColumns[k]])) as Pick<typeof libraryItemColumns, (typeof LIST_COLUMNS)[number]>),
	organisation: { slug: organisations.slug, name: organisations.name },
	projectSlug: projects.slug,
	projectTitle: projects.title
};
type Row = Awaited<ReturnType<typeof selectRows>>[number];

function selectRows(db: Db, where: SQL | undefined, limit: number, offset: number) {
	return db
		.select(columns)
		.from(libraryItems)
		.innerJoin(organisations, eq(organisations.id, libraryItems.organisationId))
		.leftJoin(projects, and(eq(projects.id, libraryItems.projectId), eq(projects.status, 'published')))
		.where(where)
		.orderBy(desc(libraryItems.publishedAt), libraryItems.sortKey, libraryItems.id)
		.limit(limit)
		.offset(offset);
}

/** Each item's topics in one query, in the taxonomy's order. */
async function topicsOf(db: Db, ids: string[], lang: Locale): Promise<Map<string, { slug: string; name: string }[]>> {
	const found = new Map<string, { slug: string; name: string }[]>(ids.map((id) => [id, []]));
	if (!ids.length) return found;
	const rows = await db
		.select({ itemId: libraryItemTopics.itemId, slug: libraryTopics.slug, name: libraryTopics.name })
		.from(libraryItemTopics)
		.innerJoin(libraryTopics, eq(libraryTopics.id, libraryItemTopics.topicId))
		.where(inArray(libraryItemTopics.itemId, ids))
		.orderBy(libraryTopics.position, libraryTopics.id);
	for (const r of rows) found.get(r.itemId)?.push({ slug: r.slug, name: localized(r.name, lang) });
	return found;
}

type Item = { row: Row; topics: { slug: string; name: string }[] };

export async function libraryList(db: Db, p: LibraryListParams): Promise<Checked<ApiPage<Item>>> {
	if (p.topic && !(await db.select({ id: libraryTopics.id }).from(libraryTopics).where(eq(libraryTopics.slug, p.topic))).length)
		return { ok: false, errors: [{ param: 'topic', message: 'names no library topic' }] };
	let organisationId: string | undefined;
	if (p.organisation) {
		const [org] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.slug, p.organisation), eq(organisations.status, 'published')));
		if (!org) return { ok: false, errors: [{ param: 'organisation', message: 'names no published organisation' }] };
		organisationId = org.id;
	}
	const base = await publishedLibraryWhere(db, { topic: p.topic ?? null, language: p.language ?? null, kind: p.kind ?? null, page: p.page });
	const where = organisationId ? and(base, eq(libraryItems.organisationId, organisationId)) : base;
	const [[{ n }], rows] = await Promise.all([db.select({ n: count() }).from(libraryItems).where(where), selectRows(db, where, p.per_page, (p.page - 1) * p.per_page)]);
	const topics = await topicsOf(db, rows.map((r) => r.id), p.lang);
	return { ok: true, value: { items: rows.map((row) => ({ row, topics: topics.get(row.id) ?? [] })), total: Number(n), page: p.page, perPage: p.per_page } };
}

export function librarySummary({ row, topics }: Item, ctx: Ctx): LibraryItemSummaryBody {
	const urls = pageUrls(ctx);
	return {
		type: 'library_item',
		id: row.id,
		slug: row.slug,
		name: localized(row.title, ctx.lang),
		url: urls.libraryItem(row.slug),
		kind: row.kind,
		summary: localized(row.summary, ctx.lang),
		language: row.language,
		...present({ author: row.author, source_url: row.url, duration_minutes: row.durationMinutes, pages: row.pages }),
		topics,
		organisation: { type: 'organisation', slug: row.organisation.slug, name: row.organisation.name, url: urls.organisation(row.organisation.slug) },
		...(row.projectSlug && row.projectTitle ? { project: { slug: row.projectSlug, name: localized(row.projectTitle, ctx.lang), url: urls.project(row.projectSlug) } } : {}),
		published_at: (row.publishedAt ?? new Date(0)).toISOString(),
		is_demo: row.isDemo
	};
}

export async function libraryDetail(db: Db, slug: string, ctx: Ctx): Promise<LibraryItemDetailBody | null> {
	const page = await libraryItemPage(db, slug, ctx.lang);
	if (!page) return null;
	const [row] = await selectRows(db, eq(libraryItems.id, page.id), 1, 0);
	const topics = await topicsOf(db, [page.id], ctx.lang);
	const urls = pageUrls(ctx);
	const itemUrl = urls.libraryItem(page.slug);
	return {
		...librarySummary({ row, topics: topics.get(page.id) ?? [] }, ctx),
		chapters: page.chapters,
		...present({ transcript: page.transcript }),
		...(page.event ? { event: { slug: page.event.slug, name: page.event.title, url: urls.event(page.event.slug) } } : {}),
		...(page.file
			? { file: { url: `${itemUrl}/fails`, file_name: page.file.fileName, size: page.file.size, ...(page.file.hasThumbnail ? { cover_url: `${itemUrl}/vaks.webp` } : {}) } }
			: {})
	};
}
