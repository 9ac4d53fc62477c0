import { and, asc, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { newsPosts, organisations, projects } from '../db/schema';
import { toNumber, type Db } from '../db/types';
import type { LocalizedText } from '$lib/domain/types';

export type NewsValues = {
	organisationId: string;
	projectId: string | null;
	lang: string;
	title: string;
	summary: string;
	bodySource: string;
	bodyHtml: string;
	status: 'draft' | 'published';
};

export type NewsRow = NewsValues & { id: string; slug: string; publishedAt: Date | null; updatedAt: Date; isDemo: boolean };

const columns = {
	id: newsPosts.id,
	organisationId: newsPosts.organisationId,
	projectId: newsPosts.projectId,
	slug: newsPosts.slug,
	lang: newsPosts.lang,
	title: newsPosts.title,
	summary: newsPosts.summary,
	bodySource: newsPosts.bodySource,
	bodyHtml: newsPosts.bodyHtml,
	status: newsPosts.status,
	publishedAt: newsPosts.publishedAt,
	updatedAt: newsPosts.updatedAt,
	isDemo: newsPosts.isDemo
};

export async function insertNews(db: Db, v: NewsValues & { slug: string; authorUserId: string | null; now: Date; publishedAt?: Date; isDemo?: boolean }): Promise<string> {
	const { now, publishedAt, ...values } = v;
	const [row] = await db
		.insert(newsPosts)
		.values({ ...values, publishedAt: v.status === 'published' ? (publishedAt ?? now) : null, createdAt: now, updatedAt: now })
		.returning({ id: newsPosts.id });
	return row.id;
}

/** Publishing sets `published_at` the first time only: a corrected post keeps its place in the feed. */
export async function updateNewsRow(db: Db, id: string, v: NewsValues, now: Date): Promise<void> {
	await db
		.update(newsPosts)
		.set({ ...v, publishedAt: v.status === 'published' ? sql`coalesce(${newsPosts.publishedAt}, ${now.toISOString()}::timestamptz)` : newsPosts.publishedAt, updatedAt: now })
		.where(eq(newsPosts.id, id));
}

export async function deleteNewsRow(db: Db, id: string): Promise<void> {
	await db.delete(newsPosts).where(eq(newsPosts.id, id));
}

export async function findNews(db: Db, id: string): Promise<NewsRow | null> {
	const [row] = await db.select(columns).from(newsPosts).where(eq(newsPosts.id, id));
	return (row as NewsRow | undefined) ?? null;
}

export async function takenNewsSlugs(db: Db, base: string): Promise<Set<string>> {
	const rows = await db
		.select({ slug: newsPosts.slug })
		.from(newsPosts)
		.where(or(eq(newsPosts.slug, base), like(newsPosts.slug, `${base}-%`)));
	return new Set(rows.map((r) => r.slug));
}

export type NewsFilter = { organisationId?: string; projectId?: string; publishedOnly: boolean };

/** A post with where it belongs: its organisation and (if any) project, for pages, feeds and the API. */
export type NewsListRow = NewsRow & {
	organisation: { slug: string; name: string };
	project: { slug: string; title: LocalizedText; published: boolean } | null;
};

const listColumns = {
	...columns,
	orgSlug: organisations.slug,
	orgName: organisations.name,
	projectSlug: projects.slug,
	projectTitle: projects.title,
	projectStatus: projects.status
};

function whereOf(f: NewsFilter): SQL | undefined {
	return and(
		f.publishedOnly ? eq(newsPosts.status, 'published') : undefined,
		f.organisationId ? eq(newsPosts.organisationId, f.organisationId) : undefined,
		f.projectId ? eq(newsPosts.projectId, f.projectId) : undefined
	);
}

function toListRow(r: Awaited<ReturnType<typeof selectList>>[number]): NewsListRow {
	const { orgSlug, orgName, projectSlug, projectTitle, projectStatus, ...post } = r;
	return {
		...(post as NewsRow),
		organisation: { slug: orgSlug, name: orgName },
		project: projectSlug && projectTitle ? { slug: projectSlug, title: projectTitle, published: projectStatus === 'published' } : null
	};
}

function selectList(db: Db, where: SQL | undefined) {
	return db
		.select(listColumns)
		.from(newsPosts)
		.innerJoin(organisations, eq(organisations.id, newsPosts.organisationId))
		.leftJoin(projects, eq(projects.id, newsPosts.projectId))
		.where(where);
}

/** Newest first (drafts by their last change). */
export async function listNews(db: Db, f: NewsFilter, limit: number, offset = 0): Promise<NewsListRow[]> {
	const rows = await selectList(db, whereOf(f))
		.orderBy(sql`coalesce(${newsPosts.publishedAt}, ${newsPosts.updatedAt}) desc`, asc(newsPosts.id))
		.limit(limit)
		.offset(offset);
	return rows.map(toListRow);
}

export async function countNews(db: Db, f: NewsFilter): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)` }).from(newsPosts).where(whereOf(f));
	return toNumber(row?.n);
}

export async function findNewsBySlug(db: Db, slug: string, publishedOnly: boolean): Promise<NewsListRow | null> {
	const [row] = await selectList(db, and(eq(newsPosts.slug, slug), publishedOnly ? eq(newsPosts.status, 'published') : undefined));
	return row ? toListRow(row) : null;
}

/** The workspace's list: every status, newest change first. */
export async function listNewsForWorkspace(db: Db, organisationId: string): Promise<Pick<NewsRow, 'id' | 'slug' | 'title' | 'lang' | 'status' | 'publishedAt' | 'updatedAt'>[]> {
	return db
		.select({ id: newsPosts.id, slug: newsPosts.slug, title: newsPosts.title, lang: newsPosts.lang, status: newsPosts.status, publishedAt: newsPosts.publishedAt, updatedAt: newsPosts.updatedAt })
		.from(newsPosts)
		.where(eq(newsPosts.organisationId, organisationId))
		.orderBy(desc(newsPosts.updatedAt), asc(newsPosts.id)) as Promise<Pick<NewsRow, 'id' | 'slug' | 'title' | 'lang' | 'status' | 'publishedAt' | 'updatedAt'>[]>;
}
