/**
 * Set-based writes of an import: producers upserted by external_id in batches of multi-row
 * INSERT … ON CONFLICT, then their category, label and product rows. Runs inside the caller's
 * transaction. Columns the file does not have are left as they are on updated listings.
 */
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { producerCategories, producerLabels, producers, products } from '../db/schema';
import type { Db } from '../db/types';
import { nameSortKey } from '../../text/collation';
import { foldText } from '../../text/fold';
import { uniqueSlug } from '../../text/slug';
import { producerSlug } from '../seed/build';
import type { LocalizedText } from '../../domain/types';
import type { Column } from './columns';
import type { Planned } from './duplicates';
import { jsonArray } from './reference-repository';

export type WriteOptions = {
	asStatus: 'pending' | 'published';
	present: ReadonlySet<Column>;
	takenSlugs: Set<string>;
	/** Called after each batch with the number of rows written so far. */
	onBatch?: (done: number) => Promise<void>;
};

export type WriteResult = { created: number; updated: number; producerIds: string[] };

const BATCH = 1000; // 25 columns × 1000 rows stays far below PostgreSQL's 65,535 parameters

/** Which stored columns follow from the columns a file has (an update touches only these). */
function updatedColumns(present: ReadonlySet<Column>): Record<string, SQL> {
	const ex = (column: string) => sql.raw(`excluded."${column}"`);
	const set: Record<string, SQL> = {
		name: ex('name'),
		sortKey: ex('sort_key'),
		searchText: ex('search_text'),
		municipalityId: ex('municipality_id'),
		updatedAt: sql`now()`
	};
	const plain: [Column, string, string][] = [
		['kind', 'kind', 'kind'],
		['address', 'address', 'address'],
		['lat', 'lat', 'lat'],
		['lng', 'lng', 'lng'],
		['location_precision', 'locationPrecision', 'location_precision'],
		['phone', 'phone', 'phone'],
		['email', 'email', 'email'],
		['website', 'website', 'website'],
		['facebook', 'facebook', 'facebook'],
		['instagram', 'instagram', 'instagram']
	];
	for (const [column, property, dbColumn] of plain) if (present.has(column)) set[property] = ex(dbColumn);
	if (present.has('locality') || present.has('municipality')) set.localityId = ex('locality_id');
	// other languages of the description stay; the file's languages replace theirs
	if (present.has('description_lv') || present.has('description_en')) set.description = sql`${producers.description} || excluded."description"`;
	return set;
}

export async function writeProducers(tx: Db, planned: readonly Planned[], options: WriteOptions): Promise<WriteResult> {
	const now = new Date();
	const published = options.asStatus === 'published';
	const set = updatedColumns(options.present);
	if (published) {
		set.status = sql`'published'`;
		set.publishedAt = sql`coalesce(${producers.publishedAt}, now())`;
	}
	const rows = planned.map(({ draft: d, existing }) => ({
		id: existing?.id ?? randomUUID(),
		slug: existing?.slug ?? uniqueSlug(producerSlug(d.name), (s) => options.takenSlugs.has(s)),
		name: d.name,
		kind: d.kind,
		// an updated listing's description is merged (||) with just the languages the row has
		description: (existing ? { ...d.description } : { lv: '', ...d.description }) as LocalizedText,
		municipalityId: d.municipalityId,
		localityId: d.localityId,
		address: d.address,
		lat: d.lat,
		lng: d.lng,
		locationPrecision: d.locationPrecision,
		phone: d.phone,
		email: d.email,
		website: d.website,
		facebook: d.facebook,
		instagram: d.instagram,
		status: options.asStatus,
		isDemo: false,
		externalId: d.externalId,
		sortKey: nameSortKey(d.name),
		searchText: foldText(d.name),
		publishedAt: published ? now : null,
		createdAt: now,
		updatedAt: now
	}));
	for (const r of rows) options.takenSlugs.add(r.slug);
	for (let i = 0; i < rows.length; i += BATCH) {
		await tx.insert(producers).values(rows.slice(i, i + BATCH)).onConflictDoUpdate({ target: producers.externalId, set });
		await options.onBatch?.(Math.min(i + BATCH, rows.length));
	}
	const producerIds = rows.map((r) => r.id);
	const updatedIds = planned.flatMap((p) => (p.existing ? [p.existing.id] : []));

	// categories: the file's (named or inferred) replace an updated listing's when the file has them
	if (options.present.has('categories') || options.present.has('products')) {
		if (updatedIds.length) await tx.delete(producerCategories).where(sql`${producerCategories.producerId}::text in ${jsonArray(updatedIds)}`);
		const links = planned.flatMap((p, i) => p.draft.categoryIds.map((categoryId) => ({ producerId: rows[i].id, categoryId })));
		await insertBatches(tx, producerCategories, links, (q) => q.onConflictDoNothing());
	}
	const labelRows = planned.flatMap((p, i) => p.draft.labels.map((l) => ({ producerId: rows[i].id, labelId: l.labelId, value: l.value })));
	for (let i = 0; i < labelRows.length; i += BATCH) {
		await tx
			.insert(producerLabels)
			.values(labelRows.slice(i, i + BATCH))
			.onConflictDoUpdate({ target: [producerLabels.producerId, producerLabels.labelId], set: { value: sql`coalesce(excluded."value", ${producerLabels.value})` } });
	}
	// products: an updated listing gets the ones it does not have yet (edits made on the site stay)
	const have = new Set<string>();
	if (updatedIds.length && options.present.has('products')) {
		const existing = await tx
			.select({ producerId: products.producerId, name: sql<string>`${products.name}->>'lv'` })
			.from(products)
			.where(sql`${products.producerId}::text in ${jsonArray(updatedIds)}`);
		for (const e of existing) have.add(`${e.producerId}|${foldText(e.name)}`);
	}
	const productRows = planned.flatMap((p, i) =>
		p.draft.products
			.filter((x) => !have.has(`${rows[i].id}|${foldText(x.name)}`))
			.map((x, j) => ({
				producerId: rows[i].id,
				name: { lv: x.name },
				categoryId: x.categoryId,
				sortOrder: (j + 1) * 10 + (p.existing ? 1000 : 0),
				searchText: foldText(x.name),
				createdAt: now,
				updatedAt: now
			}))
	);
	await insertBatches(tx, products, productRows);
	return { created: planned.length - updatedIds.length, updated: updatedIds.length, producerIds };
}

async function insertBatches<T extends PgTable>(
	tx: Db,
	table: T,
	values: Record<string, unknown>[],
	finish: (q: { onConflictDoNothing: () => unknown }) => unknown = (q) => q
): Promise<void> {
	for (let i = 0; i < values.length; i += BATCH) {
		await finish(tx.insert(table).values(values.slice(i, i + BATCH) as never) as never);
	}
}
