import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Pool } from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { DbHandle } from '$lib/server/db/client';
import * as schema from '$lib/server/db/schema';
import { producers } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import { openTestDb } from '$lib/server/db/test-db';
import { parseSearchParams } from './params';
import { searchPort } from '.';
import { freshIndex } from './freshness';
import { reindexAll, reindexProducer } from './indexer';

// the application's search: the port, with the unmet-demand log listening
const { search } = searchPort();

// Two app processes on one database: each has its own memory index (one per Db object), and an
// edit made through one is found through the other on its next search.
let h: DbHandle;
let other: Db;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	const client = (h.db as unknown as { $client: unknown }).$client;
	other = (h.kind === 'postgres' ? drizzlePg(client as Pool, { schema }) : drizzlePglite(client as PGlite, { schema })) as unknown as Db;
});
afterAll(async () => h?.close());

const slugs = async (db: Db, q: string) => (await search(db, parseSearchParams(new URLSearchParams({ q })).params, 'lv')).groups.flatMap((g) => g.hits.map((x) => x.slug));

describe('memory index freshness', () => {
	it('another process finds an edit, an unpublished listing goes, and a full rebuild reloads', async () => {
		expect(await slugs(other, 'karotnieks')).toContain('karotnieks');
		const before = await freshIndex(other);
		const generation = before.generation;

		const [p] = await h.db.select({ id: producers.id, name: producers.name }).from(producers).where(eq(producers.slug, 'karotnieks'));
		await h.db.update(producers).set({ name: 'Karotnieks Vītols' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect(await slugs(other, 'vitols')).toContain('karotnieks');
		// caught up with the change alone, not by loading everything again
		expect(await freshIndex(other)).toBe(before);
		expect(before.generation).toBe(generation + 1);

		await h.db.update(producers).set({ status: 'archived' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect(await slugs(other, 'karotnieks')).not.toContain('karotnieks');

		await h.db.update(producers).set({ name: p.name, status: 'published' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect(await slugs(other, 'karotnieks')).toContain('karotnieks');
		expect(await slugs(other, 'vitols')).not.toContain('karotnieks');

		await reindexAll(h.db);
		expect(await slugs(other, 'karotnieks')).toContain('karotnieks');
		expect(await freshIndex(other)).not.toBe(before);
	});
});
