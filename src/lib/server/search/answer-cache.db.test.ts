import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, searchMisses } from '$lib/server/db/schema';
import { toNumber } from '$lib/server/db/types';
import { openTestDb } from '$lib/server/db/test-db';
import { parseSearchParams } from './params';
import { searchPort } from '.';
import { reindexProducer } from './indexer';

// the application's search: the port, with the unmet-demand log listening
const { search } = searchPort();

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const run = (q: string, now = new Date('2026-06-03T10:00:00Z')) => search(h.db, parseSearchParams(new URLSearchParams({ q })).params, 'lv', { now });
const misses = async () => toNumber((await h.db.select({ n: count() }).from(searchMisses))[0].n);
const slugs = (r: Awaited<ReturnType<typeof run>>) => r.groups.flatMap((g) => g.hits.map((x) => x.slug));

describe('answers kept per index generation', () => {
	it('repeat a search exactly, still log every search that found nothing, and never hide an edit', async () => {
		const first = await run('medus');
		const again = await run('medus');
		// the first is worked out, the second reused — and says so (the API's Server-Timing tells)
		expect(first.fromCache).toBe(false);
		expect(again.fromCache).toBe(true);
		const answer = (r: typeof first) => ({ ...r, tookMs: 0, fromCache: null });
		expect(answer(again)).toEqual(answer(first));
		// not merely equal: the same answer, not worked out again
		expect(again.groups).toBe(first.groups);

		const before = await misses();
		expect((await run('karotnieksvitols')).total).toBe(0);
		expect((await run('karotnieksvitols')).total).toBe(0);
		expect(await misses()).toBe(before + 2);

		// the same words after an edit: the new name is found at once
		expect(slugs(await run('vitols'))).not.toContain('karotnieks');
		const [p] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'karotnieks'));
		await h.db.update(producers).set({ name: 'Karotnieks Vītols' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		expect(slugs(await run('vitols'))).toContain('karotnieks');
		// the edit started a new generation: a search asked before is worked out again, not reused
		const afterEdit = await run('medus');
		expect(afterEdit.fromCache).toBe(false);
		expect(afterEdit.groups).not.toBe(first.groups);
		expect(slugs(afterEdit)).toEqual(slugs(first));
		expect((await run('medus')).groups).toBe(afterEdit.groups);
	});

	it('answer again when the minute changes (open now, opening status)', async () => {
		// 09:00 and 01:00 in Rīga: honey sellers open in the morning, none at night
		const morning = await run('medus', new Date('2026-06-03T06:00:00Z'));
		const sameMinute = await run('medus', new Date('2026-06-03T06:00:59Z'));
		const night = await run('medus', new Date('2026-06-03T22:00:00Z'));
		expect(sameMinute.fromCache).toBe(true);
		expect(sameMinute.groups).toBe(morning.groups);
		expect(night.fromCache).toBe(false);
		expect(night.groups).not.toBe(morning.groups);
		expect(morning.facets.openNow).toBeGreaterThan(0);
		expect(night.facets.openNow).toBe(0);
	});
});
