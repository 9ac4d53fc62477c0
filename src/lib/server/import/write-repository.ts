/**
 * Set-based writes of an import: producers upserted by external_id with
 * INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT (recordset.ts), then their category, label and
 * product rows — one batch at a time, inside the caller's transaction (the admin job commits each batch
 * on its own, docs/decisions/009). Columns the file does not have are left as they are on updated listings.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { producerCategories, products } from '../db/schema';
import type { Db } from '../db/types';
import { nameSortKey } from '../../text/collation';
import { foldText } from '../../text/fold';
import { uniqueSlug } from '../../text/slug';
import { producerSlug } from '../seed/build';
import { DESCRIPTION_COLUMNS, type Column } from './columns';
import type { Planned } from './duplicates';
import { insertRecordset } from './recordset';
import { jsonArray } from './reference-repository';

export type WriteOptions = {
	asStatus: 'pending' | 'published';
	present: ReadonlySet<Column>;
	takenSlugs: Set<string>;
	/** The id of a new listing from its file row: the same on every run of one import, so a resumed run can tell its own rows. */
	newId?: (row: number) => string;
	/** Called after each batch with the number of rows written so far. */
	onBatch?: (done: number) => Promise<void>;
};

export type WriteResult = { created: number; updated: number; producerIds: string[]; updatedIds: string[] };
export type ProducerRow = ReturnType<typeof prepareProducerRows>[number];

const BATCH = 5000;

const PRODUCER_COLUMNS = [
	['id', 'uuid'], ['slug', 'text'], ['name', 'text'], ['kind', 'producer_kind'], ['description', 'jsonb'],
	['municipality_id', 'integer'], ['locality_id', 'integer'], ['address', 'text'], ['lat', 'double precision'],
	['lng', 'double precision'], ['location_precision', 'location_precision'], ['phone', 'text'], ['email', 'text'],
	['website', 'text'], ['facebook', 'text'], ['instagram', 'text'], ['status', 'publication_status'],
	['is_demo', 'boolean'], ['external_id', 'text'], ['sort_key', 'text'], ['search_text', 'text'],
	['published_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']
] as const;

/** `col = excluded.col` for the stored columns that follow from the file's columns (an update touches only these). */
function updateClause(present: ReadonlySet<Column>, published: boolean): string {
	const set = ['name', 'sort_key', 'search_text', 'municipality_id'].map((c) => `"${c}" = excluded."${c}"`);
	const optional: [Column, string][] = [
		['kind', 'kind'], ['address', 'address'], ['lat', 'lat'], ['lng', 'lng'], ['location_precision', 'location_precision'],
		['phone', 'phone'], ['email', 'email'], ['website', 'website'], ['facebook', 'facebook'], ['instagram', 'instagram']
	];
	for (const [column, dbColumn] of optional) if (present.has(column)) set.push(`"${dbColumn}" = excluded."${dbColumn}"`);
	set.push('"locality_id" = excluded."locality_id"'); // municipality is always in the file, the locality goes with it
	// other languages of the description stay; the file's languages replace theirs
	if (DESCRIPTION_COLUMNS.some((c) => present.has(c))) set.push('"description" = "producers"."description" || excluded."description"');
	if (published) set.push(`"status" = 'published'`, '"published_at" = coalesce("producers"."published_at", now())');
	set.push('"updated_at" = now()');
	return set.join(', ');
}

/** The producers' stored rows, slugs and ids decided for the whole file (deterministically: same plan, same slugs). */
export function prepareProducerRows(planned: readonly Planned[], options: Pick<WriteOptions, 'asStatus' | 'takenSlugs' | 'newId'>) {
	const now = new Date().toISOString();
	const published = options.asStatus === 'published';
	const rows = planned.map(({ draft: d, existing }) => ({
		id: existing?.id ?? options.newId?.(d.row) ?? randomUUID(),
		slug: existing?.slug ?? uniqueSlug(producerSlug(d.name), (s) => options.takenSlugs.has(s)),
		name: d.name,
		kind: d.kind,
		// an updated listing's description is merged (||) with just the languages the row has
		description: existing ? { ...d.description } : { lv: '', ...d.description },
		municipality_id: d.municipalityId,
		locality_id: d.localityId,
		address: d.address,
		lat: d.lat,
		lng: d.lng,
		location_precision: d.locationPrecision,
		phone: d.phone,
		email: d.email,
		website: d.website,
		facebook: d.facebook,
		instagram: d.instagram,
		status: options.asStatus,
		is_demo: false,
		external_id: d.externalId,
		sort_key: nameSortKey(d.name),
		search_text: foldText(d.name),
		published_at: published ? now : null,
		created_at: now,
		updated_at: now
	}));
	for (const r of rows) options.takenSlugs.add(r.slug);
	return rows;
}

/** The whole file in the caller's one transaction (the CLI), set-based in slices of 5,000. */
export async function writeProducers(tx: Db, planned: readonly Planned[], options: WriteOptions): Promise<WriteResult> {
	const rows = prepareProducerRows(planned, options);
	const result: WriteResult = { created: 0, updated: 0, producerIds: [], updatedIds: [] };
	for (let i = 0; i < rows.length; i += BATCH) {
		const batch = await writeProducerBatch(tx, planned.slice(i, i + BATCH), rows.slice(i, i + BATCH), options);
		result.producerIds.push(...batch.producerIds);
		result.updatedIds.push(...batch.updatedIds);
		await options.onBatch?.(Math.min(i + BATCH, rows.length));
	}
	return { ...result, created: planned.length - result.updatedIds.length, updated: result.updatedIds.length };
}

/** One batch: `planned[i]` is written as `rows[i]`, with its categories, labels and products. */
export async function writeProducerBatch(
	tx: Db,
	planned: readonly Planned[],
	rows: readonly ProducerRow[],
	options: Pick<WriteOptions, 'asStatus' | 'present'>
): Promise<WriteResult> {
	const now = new Date().toISOString();
	const onConflict = sql.raw(`on conflict ("external_id") do update set ${updateClause(options.present, options.asStatus === 'published')}`);
	await insertRecordset(tx, 'producers', PRODUCER_COLUMNS, rows, onConflict, BATCH);
	const producerIds = rows.map((r) => r.id);
	const updatedIds = planned.flatMap((p) => (p.existing ? [p.existing.id] : []));

	// categories: the file's (named or inferred) replace an updated listing's when the file has them
	if (options.present.has('categories') || options.present.has('products')) {
		if (updatedIds.length) await tx.delete(producerCategories).where(sql`${producerCategories.producerId}::text in ${jsonArray(updatedIds)}`);
		const links = planned.flatMap((p, i) => p.draft.categoryIds.map((categoryId) => ({ producer_id: rows[i].id, category_id: categoryId })));
		await insertRecordset(tx, 'producer_categories', [['producer_id', 'uuid'], ['category_id', 'integer']], links, sql`on conflict do nothing`);
	}
	const labelRows = planned.flatMap((p, i) => p.draft.labels.map((l) => ({ producer_id: rows[i].id, label_id: l.labelId, value: l.value })));
	await insertRecordset(
		tx,
		'producer_labels',
		[['producer_id', 'uuid'], ['label_id', 'integer'], ['value', 'text']],
		labelRows,
		sql`on conflict ("producer_id", "label_id") do update set "value" = coalesce(excluded."value", "producer_labels"."value")`
	);
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
				id: randomUUID(),
				producer_id: rows[i].id,
				name: { lv: x.name },
				category_id: x.categoryId,
				sort_order: (j + 1) * 10 + (p.existing ? 1000 : 0),
				search_text: foldText(x.name),
				created_at: now,
				updated_at: now
			}))
	);
	await insertRecordset(
		tx,
		'products',
		[['id', 'uuid'], ['producer_id', 'uuid'], ['name', 'jsonb'], ['category_id', 'integer'], ['sort_order', 'integer'], ['search_text', 'text'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
		productRows
	);
	return { created: planned.length - updatedIds.length, updated: updatedIds.length, producerIds, updatedIds };
}
