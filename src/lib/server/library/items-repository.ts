/** library_items and library_item_topics: one item's row and its topics. */
import { and, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/types';
import type { LibraryKind } from '$lib/forms/library';
import type { Chapter } from '$lib/library/chapters';
import { libraryItems, libraryItemTopics, libraryTopics } from '../db/schema';
import type { Db } from '../db/types';

export type LibraryItemRow = {
	id: string;
	organisationId: string;
	projectId: string | null;
	eventId: string | null;
	slug: string;
	kind: LibraryKind;
	title: LocalizedText;
	summary: LocalizedText;
	language: string;
	author: string | null;
	url: string | null;
	durationMinutes: number | null;
	pages: number | null;
	transcript: string | null;
	chapters: Chapter[] | null;
	status: string;
	isDemo: boolean;
	publishedAt: Date | null;
	updatedAt: Date;
};

/** An item row's columns (the API's list picks from them). */
export const libraryItemColumns = {
	id: libraryItems.id,
	organisationId: libraryItems.organisationId,
	projectId: libraryItems.projectId,
	eventId: libraryItems.eventId,
	slug: libraryItems.slug,
	kind: libraryItems.kind,
	title: libraryItems.title,
	summary: libraryItems.summary,
	language: libraryItems.language,
	author: libraryItems.author,
	url: libraryItems.url,
	durationMinutes: libraryItems.durationMinutes,
	pages: libraryItems.pages,
	transcript: libraryItems.transcript,
	chapters: libraryItems.chapters,
	status: libraryItems.status,
	isDemo: libraryItems.isDemo,
	publishedAt: libraryItems.publishedAt,
	updatedAt: libraryItems.updatedAt
};

export type LibraryItemValues = Omit<LibraryItemRow, 'id' | 'slug' | 'status' | 'isDemo' | 'publishedAt' | 'updatedAt'> & { status: 'draft' | 'published'; sortKey: string };

export async function insertLibraryItem(db: Db, v: LibraryItemValues & { slug: string; createdBy: string | null; isDemo?: boolean; now: Date }): Promise<string> {
	const { now, ...values } = v;
	const [row] = await db
		.insert(libraryItems)
		.values({ ...values, publishedAt: v.status === 'published' ? now : null, createdAt: now, updatedAt: now })
		.returning({ id: libraryItems.id });
	return row.id;
}

/** Publishing sets `published_at` the first time only (the library's "new" order keeps it). */
export async function updateLibraryItem(db: Db, id: string, v: LibraryItemValues, now: Date): Promise<void> {
	await db
		.update(libraryItems)
		.set({ ...v, publishedAt: v.status === 'published' ? sql`coalesce(${libraryItems.publishedAt}, ${now.toISOString()}::timestamptz)` : libraryItems.publishedAt, updatedAt: now })
		.where(eq(libraryItems.id, id));
}

export async function deleteLibraryItem(db: Db, id: string): Promise<void> {
	await db.delete(libraryItems).where(eq(libraryItems.id, id));
}

export async function findLibraryItem(db: Db, id: string): Promise<LibraryItemRow | null> {
	const [row] = await db.select(libraryItemColumns).from(libraryItems).where(eq(libraryItems.id, id));
	return (row as LibraryItemRow | undefined) ?? null;
}

export async function findLibraryItemBySlug(db: Db, slug: string, publishedOnly: boolean): Promise<LibraryItemRow | null> {
	const [row] = await db
		.select(libraryItemColumns)
		.from(libraryItems)
		.where(and(eq(libraryItems.slug, slug), publishedOnly ? eq(libraryItems.status, 'published') : undefined));
	return (row as LibraryItemRow | undefined) ?? null;
}

export async function takenLibrarySlugs(db: Db, base: string): Promise<Set<string>> {
	const rows = await db
		.select({ slug: libraryItems.slug })
		.from(libraryItems)
		.where(or(eq(libraryItems.slug, base), like(libraryItems.slug, `${base}-%`)));
	return new Set(rows.map((r) => r.slug));
}

/** The item's topics replaced as a whole; ids that name no topic are left out. */
export async function replaceItemTopics(db: Db, itemId: string, topicIds: readonly number[]): Promise<void> {
	await db.delete(libraryItemTopics).where(eq(libraryItemTopics.itemId, itemId));
	if (!topicIds.length) return;
	const known = await db.select({ id: libraryTopics.id }).from(libraryTopics).where(inArray(libraryTopics.id, [...topicIds]));
	if (known.length) await db.insert(libraryItemTopics).values(known.map((t) => ({ itemId, topicId: t.id })));
}

export async function topicIdsOf(db: Db, itemId: string): Promise<number[]> {
	const rows = await db.select({ id: libraryItemTopics.topicId }).from(libraryItemTopics).where(eq(libraryItemTopics.itemId, itemId));
	return rows.map((r) => r.id).sort((a, b) => a - b);
}

export type TopicRow = { id: number; slug: string; name: LocalizedText };

export async function listTopics(db: Db): Promise<TopicRow[]> {
	return db.select({ id: libraryTopics.id, slug: libraryTopics.slug, name: libraryTopics.name }).from(libraryTopics).orderBy(libraryTopics.position, libraryTopics.id);
}

/** An organisation's items for its workspace, newest change first (drafts included). */
export async function listLibraryItemsForWorkspace(db: Db, organisationId: string): Promise<Pick<LibraryItemRow, 'id' | 'kind' | 'title' | 'status' | 'updatedAt'>[]> {
	return db
		.select({ id: libraryItems.id, kind: libraryItems.kind, title: libraryItems.title, status: libraryItems.status, updatedAt: libraryItems.updatedAt })
		.from(libraryItems)
		.where(eq(libraryItems.organisationId, organisationId))
		.orderBy(sql`${libraryItems.updatedAt} desc`, libraryItems.id);
}
