/**
 * Reads and writes the four listing tables in draft shape (moderation/drafts.ts). Every applied
 * change bumps `version` under `WHERE version = expected`, so two concurrent approvals cannot both
 * apply against the same base. Relative imports: the import CLI applies revisions too.
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { places, producerCategories, producerLabels, producers, products, salesPoints } from '../db/schema';
import type { Db } from '../db/types';
import { nameSortKey } from '../../text/collation';
import { foldText } from '../../text/fold';
import { slugify, uniqueSlug } from '../../text/slug';
import { draftFields, type EntityType } from './drafts';

const TABLES = { producer: producers, product: products, sales_point: salesPoints, place: places } as const;
/** Draft fields that live in link tables, not in columns. */
const LINK_FIELDS = new Set(['categoryIds', 'labelIds']);

type Columns = Record<string, PgColumn>;
const columnsOf = (entity: EntityType) => TABLES[entity] as unknown as Columns & PgTable;

export type ListingStatus = 'draft' | 'pending' | 'published' | 'rejected' | 'archived';

export type ListingState = {
	id: string;
	slug: string | null;
	status: ListingStatus;
	version: number;
	/** The producer a product belongs to, or the producer itself. */
	producerId: string | null;
	/** Where it is (a product: its producer's municipality), for territory scopes. */
	municipalityId: number | null;
	fields: Record<string, unknown>;
};

const columnFields = (entity: EntityType) => draftFields(entity).filter((f) => !LINK_FIELDS.has(f));

export async function readListing(db: Db, entity: EntityType, id: string): Promise<ListingState | null> {
	const t = columnsOf(entity);
	const selection: Record<string, PgColumn> = { id: t.id, version: t.version };
	if (entity !== 'product') selection.status = t.status; // a product shows with its producer
	for (const f of columnFields(entity)) selection[`f_${f}`] = t[f];
	if (entity !== 'product') selection.slug = t.slug;
	const [row] = (await db.select(selection).from(t).where(eq(t.id, id)).limit(1)) as Array<Record<string, unknown>>;
	if (!row) return null;
	const fields: Record<string, unknown> = {};
	for (const f of columnFields(entity)) fields[f] = row[`f_${f}`];
	if (entity === 'producer') {
		const [cats, labs] = await Promise.all([
			db.select({ id: producerCategories.categoryId }).from(producerCategories).where(eq(producerCategories.producerId, id)),
			db.select({ id: producerLabels.labelId }).from(producerLabels).where(eq(producerLabels.producerId, id))
		]);
		fields.categoryIds = cats.map((c) => c.id).sort((a, b) => a - b);
		fields.labelIds = labs.map((l) => l.id).sort((a, b) => a - b);
	}
	let municipalityId = (fields.municipalityId as number | undefined) ?? null;
	if (entity === 'product') {
		const [p] = await db.select({ m: producers.municipalityId }).from(producers).where(eq(producers.id, fields.producerId as string));
		municipalityId = p?.m ?? null;
	}
	return {
		id,
		slug: (row.slug as string | undefined) ?? null,
		status: (row.status as ListingStatus | undefined) ?? 'published',
		version: row.version as number,
		producerId: entity === 'producer' ? id : entity === 'product' ? (fields.producerId as string) : null,
		municipalityId,
		fields
	};
}

/** Columns derived from the name: Latvian sort key and folded search text. */
function derived(entity: EntityType, fields: Record<string, unknown>): Record<string, unknown> {
	if (!('name' in fields)) return {};
	if (entity === 'product') {
		const name = fields.name as Record<string, string>;
		return { searchText: foldText(Object.values(name).filter(Boolean).join(' ')) };
	}
	const name = fields.name as string;
	return { sortKey: nameSortKey(name), searchText: foldText(name) };
}

function columnValues(entity: EntityType, fields: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(fields)) if (!LINK_FIELDS.has(k)) out[k] = v;
	return { ...out, ...derived(entity, fields) };
}

async function freeSlug(db: Db, entity: EntityType, name: string): Promise<string> {
	const t = columnsOf(entity);
	const base = slugify(name) || 'ieraksts';
	const taken = await db.select({ slug: t.slug }).from(t).where(like(t.slug, `${base}%`));
	const set = new Set(taken.map((r) => r.slug as string));
	return uniqueSlug(base, (s) => set.has(s));
}

/**
 * Inserts a new, not yet public listing (status `pending`, or `draft` while a suggestion is
 * unconfirmed). Products have no status: a new product is inserted only when approved, with the id
 * its revision reserved.
 */
export async function insertListing(db: Db, entity: EntityType, draft: Record<string, unknown>, status: 'pending' | 'draft', id?: string): Promise<string> {
	const t = columnsOf(entity);
	const values: Record<string, unknown> = { ...columnValues(entity, draft), status, ...(id && { id }) };
	if (entity !== 'product') values.slug = await freeSlug(db, entity, draft.name as string);
	else delete values.status; // products have no status of their own: they show with their producer
	const [row] = (await db.insert(t).values(values as never).returning({ id: t.id })) as Array<{ id: string }>;
	await writeLinks(db, entity, row.id, draft);
	return row.id;
}

async function writeLinks(db: Db, entity: EntityType, id: string, fields: Record<string, unknown>): Promise<void> {
	if (entity !== 'producer') return;
	if (Array.isArray(fields.categoryIds)) {
		await db.delete(producerCategories).where(eq(producerCategories.producerId, id));
		const ids = [...new Set(fields.categoryIds as number[])];
		if (ids.length) await db.insert(producerCategories).values(ids.map((categoryId) => ({ producerId: id, categoryId })));
	}
	if (Array.isArray(fields.labelIds)) {
		const wanted = new Set(fields.labelIds as number[]);
		const existing = await db.select({ id: producerLabels.labelId }).from(producerLabels).where(eq(producerLabels.producerId, id));
		const drop = existing.map((e) => e.id).filter((l) => !wanted.has(l));
		if (drop.length) await db.delete(producerLabels).where(and(eq(producerLabels.producerId, id), inArray(producerLabels.labelId, drop)));
		const have = new Set(existing.map((e) => e.id));
		// a label's value (e.g. the PVD number) is kept for labels that stay; new ones start without
		const add = [...wanted].filter((l) => !have.has(l));
		if (add.length) await db.insert(producerLabels).values(add.map((labelId) => ({ producerId: id, labelId, value: null })));
	}
}

/**
 * Applies fields to the listing if it is still at `expectedVersion`; returns the new version, or
 * null when someone else changed it first (the caller refuses the review as stale).
 */
export async function applyFields(
	db: Db,
	entity: EntityType,
	id: string,
	fields: Record<string, unknown>,
	expectedVersion: number,
	publish?: { status: 'published'; at: Date }
): Promise<number | null> {
	const t = columnsOf(entity);
	const set: Record<string, unknown> = { ...columnValues(entity, fields), version: sql`${t.version} + 1`, updatedAt: new Date() };
	if (publish && entity !== 'product') set.status = 'published';
	if (publish && entity === 'producer') set.publishedAt = publish.at;
	const rows = (await db
		.update(t)
		.set(set as never)
		.where(and(eq(t.id, id), eq(t.version, expectedVersion)))
		.returning({ version: t.version })) as Array<{ version: number }>;
	if (!rows.length) return null;
	await writeLinks(db, entity, id, fields);
	return rows[0].version;
}

export async function setListingStatus(db: Db, entity: EntityType, id: string, status: ListingStatus): Promise<void> {
	if (entity === 'product') return;
	const t = columnsOf(entity);
	await db.update(t).set({ status } as never).where(eq(t.id, id));
}
