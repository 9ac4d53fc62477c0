import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, searchDocuments } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { reconcileSearchIndex } from './reconcile';

// Start-up repair (issue 11.10): a published listing whose search documents went missing (a crash
// between a commit and its reindex, a restored backup) is found again after the next start.
let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const docsOf = async (producerId: string) =>
	(await h.db.select({ type: searchDocuments.entityType }).from(searchDocuments).where(eq(searchDocuments.producerId, producerId))).map((d) => d.type).sort();

describe('search index reconciliation at start-up', () => {
	it('finds nothing to do on a healthy database', async () => {
		expect(await reconcileSearchIndex(h.db)).toBe(0);
	});

	it('reindexes a published producer without documents and removes those of an unpublished one', async () => {
		const published = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.status, 'published')).limit(2);
		const [lost, hidden] = published.map((p) => p.id);
		const before = await docsOf(lost);
		expect(before).toContain('producer');

		// as after a crash between the write's commit and its reindex
		await h.db.delete(searchDocuments).where(eq(searchDocuments.producerId, lost));
		await h.db.update(producers).set({ status: 'pending' }).where(eq(producers.id, hidden));
		expect(await docsOf(lost)).toEqual([]);
		expect(await docsOf(hidden)).toContain('producer');

		expect(await reconcileSearchIndex(h.db)).toBe(2);
		expect(await docsOf(lost)).toEqual(before);
		const left = await h.db.select({ n: sql<number>`count(*)` }).from(searchDocuments).where(and(eq(searchDocuments.entityType, 'producer'), eq(searchDocuments.entityId, hidden)));
		expect(Number(left[0].n)).toBe(0);
		expect(await reconcileSearchIndex(h.db)).toBe(0);
	});
});
