/**
 * Start-up reconciliation of the search index with the tables (issue 11.10). Reindex jobs are
 * queued in the writers' transactions, so a crash between a commit and its reindex is repaired by
 * the job; this is the second net for everything else — a database restored from a backup, rows
 * written by hand or by a version of the app that reindexed after its commit: a published listing
 * without its document is reindexed (it would be invisible in the directory, search and map), and
 * a document whose listing is gone or no longer published is removed.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { reindex, type Scope } from './indexer';

type Stale = { entity_type: 'producer' | 'sales_point' | 'organisation' | 'place'; id: string };

const LISTINGS = [
	['producer', 'producers'],
	['sales_point', 'sales_points'],
	['organisation', 'organisations'],
	['place', 'places']
] as const;

/** Listings whose documents are missing or should not be there. */
export async function staleSearchScope(db: Db): Promise<Scope> {
	const parts = LISTINGS.flatMap(([type, table]) => [
		// published, but no document
		sql`SELECT ${type}::text AS entity_type, l.id::text AS id FROM ${sql.identifier(table)} l WHERE l.status = 'published'
			AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.entity_type = ${type} AND d.entity_id = l.id)`,
		// a document, but the listing is gone or not published
		sql`SELECT ${type}::text AS entity_type, d.entity_id::text AS id FROM search_documents d WHERE d.entity_type = ${type}
			AND NOT EXISTS (SELECT 1 FROM ${sql.identifier(table)} l WHERE l.id = d.entity_id AND l.status = 'published')`
	]);
	// products: a published producer's product without a document, or a document of a product that is gone
	parts.push(
		sql`SELECT 'producer' AS entity_type, p.producer_id::text AS id FROM products p JOIN producers r ON r.id = p.producer_id AND r.status = 'published'
			WHERE NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.entity_type = 'product' AND d.entity_id = p.id)`,
		sql`SELECT 'producer' AS entity_type, d.producer_id::text AS id FROM search_documents d WHERE d.entity_type = 'product'
			AND NOT EXISTS (SELECT 1 FROM products p WHERE p.id = d.entity_id)`
	);
	const result = await db.execute(sql`SELECT DISTINCT entity_type, id FROM (${sql.join(parts, sql` UNION ALL `)}) s WHERE id IS NOT NULL`);
	const rows = (result as unknown as { rows: Stale[] }).rows;
	const of = (type: Stale['entity_type']) => rows.filter((r) => r.entity_type === type).map((r) => r.id);
	return { producerIds: of('producer'), salesPointIds: of('sales_point'), organisationIds: of('organisation'), placeIds: of('place') };
}

/** Reindexes what is out of step; returns how many listings that was (0 on a healthy start). */
export async function reconcileSearchIndex(db: Db): Promise<number> {
	const scope = await staleSearchScope(db);
	const count = Object.values(scope).reduce((n, list) => n + (list?.length ?? 0), 0);
	if (count) await reindex(db, scope);
	return count;
}
