/**
 * The shared response cache (hooks/response-cache.ts) names a generation of the data by the
 * database's current snapshot: reads must leave it alone, every write must move it when it ends
 * (a write still running is not visible, so a page rendered meanwhile is still right).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from './client';
import { currentSnapshot } from './snapshot';
import { openBlankTestDb, testDbKind } from './test-db';

let h: DbHandle;
beforeAll(async () => {
	h = await openBlankTestDb();
	await h.db.execute(sql`create table snapshot_probe (n integer)`);
});
afterAll(() => h.close());

describe('the database snapshot as a data generation', () => {
	it('stays the same while only reading', async () => {
		const before = await currentSnapshot(h.db);
		await h.db.execute(sql`select count(*) from snapshot_probe`);
		await h.db.transaction(async (tx) => {
			await tx.execute(sql`select n from snapshot_probe`);
		});
		expect(await currentSnapshot(h.db)).toBe(before);
	});

	it('moves on with every committed write, and with one rolled back', async () => {
		const first = await currentSnapshot(h.db);
		await h.db.execute(sql`insert into snapshot_probe values (1)`);
		const second = await currentSnapshot(h.db);
		expect(second).not.toBe(first);
		await h.db.transaction(async (tx) => {
			await tx.execute(sql`update snapshot_probe set n = 2`);
		});
		const third = await currentSnapshot(h.db);
		expect(third).not.toBe(second);
		await h.db
			.transaction(async (tx) => {
				await tx.execute(sql`delete from snapshot_probe`);
				throw new Error('rolled back');
			})
			.catch(() => undefined);
		// nothing became visible, but telling that apart would take more than the one query
		expect(await currentSnapshot(h.db)).not.toBe(third);
		expect(((await h.db.execute(sql`select n from snapshot_probe`)) as unknown as { rows: { n: number }[] }).rows).toEqual([{ n: 2 }]);
	});

	it.runIf(testDbKind() === 'postgres')('moves when another connection commits a write that was running when it was read', async () => {
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		let written!: () => void;
		const started = new Promise<void>((r) => (written = r));
		const writer = h.db.transaction(async (tx) => {
			await tx.execute(sql`insert into snapshot_probe values (3)`);
			written();
			await held;
		});
		await started;
		const during = await currentSnapshot(h.db);
		expect(((await h.db.execute(sql`select count(*)::int as c from snapshot_probe where n = 3`)) as unknown as { rows: { c: number }[] }).rows[0].c).toBe(0);
		release();
		await writer;
		expect(await currentSnapshot(h.db)).not.toBe(during);
	});
});
