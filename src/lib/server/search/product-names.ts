/**
 * search_product_names: the distinct product names of the index with their number of products,
 * kept in step with search_documents by the indexer (autocomplete reads it: a few thousand rows
 * instead of a million product documents).
 *
 * Relative imports only: the seed CLI (scripts/seed.ts) ends by calling reindexAll.
 */
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { searchDocuments as d, searchProductNames as pn } from '../db/schema';
import type { Db } from '../db/types';

/** Full rebuild from the documents (one INSERT … SELECT). */
export async function rebuildProductNames(db: Db): Promise<void> {
	await db.delete(pn);
	await db.execute(sql`
		insert into ${pn} (folded_name, name, name_i18n, docs)
		select ${d.foldedName}, min(${d.name}), (array_agg(${d.nameI18n} order by ${d.name}))[1], count(*)
		from ${d} where ${d.entityType} = 'product' group by ${d.foldedName}`);
}

export type NameCount = { foldedName: string; name: string; nameI18n: unknown; docs: number };

/** Product names (with counts) of the documents of these producers, read before they are replaced. */
export async function productNamesOf(db: Db, producerIds: readonly string[]): Promise<NameCount[]> {
	if (producerIds.length === 0) return [];
	const rows = await db
		.select({ foldedName: d.foldedName, name: sql<string>`min(${d.name})`, nameI18n: sql<unknown>`(array_agg(${d.nameI18n}))[1]`, docs: sql<number>`count(*)` })
		.from(d)
		.where(and(eq(d.entityType, 'product'), inArray(d.producerId, [...producerIds])))
		.groupBy(d.foldedName);
	return rows.map((r) => ({ ...r, docs: Number(r.docs) }));
}

/** After a partial reindex: the old documents' names counted out, the new ones counted in. */
export async function applyProductNameChanges(db: Db, before: readonly NameCount[], after: readonly NameCount[]): Promise<void> {
	const delta = new Map<string, NameCount>();
	for (const n of before) delta.set(n.foldedName, { ...n, docs: -n.docs });
	for (const n of after) {
		const prev = delta.get(n.foldedName);
		delta.set(n.foldedName, { ...n, docs: n.docs + (prev?.docs ?? 0) });
	}
	const changed = [...delta.values()].filter((n) => n.docs !== 0);
	for (let i = 0; i < changed.length; i += 500) {
		await db
			.insert(pn)
			.values(changed.slice(i, i + 500).map((n) => ({ foldedName: n.foldedName, name: n.name, nameI18n: n.nameI18n as never, docs: n.docs })))
			.onConflictDoUpdate({ target: pn.foldedName, set: { docs: sql`${pn.docs} + excluded.docs` } });
	}
	if (changed.length) await db.delete(pn).where(and(inArray(pn.foldedName, changed.map((n) => n.foldedName)), lte(pn.docs, 0)));
}
